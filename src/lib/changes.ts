/**
 * Turns the content's commit history into a list of changes people can read: date, a Norwegian
 * note, which items. The note is the commit's `Endring:` trailer (CONTRIBUTING.md); a commit without
 * one is shown as an editorial update. Commit subjects are developers' messages and never reach a reader.
 */
export interface Commit { date: string; notes: string[]; files: string[] }
export interface ItemRef { title: string; url: string; type: string }
export interface Change {
  date: string;
  /** The reader-facing note: the `Endring:` text, or «Redaksjonell oppdatering». */
  note: string;
  /** True when the commit had no `Endring:` note. */
  editorial: boolean;
  items: ItemRef[];
}

export const EDITORIAL_NOTE = 'Redaksjonell oppdatering';

export function recentChanges(history: Commit[], itemsByFile: Map<string, ItemRef>, limit = 50): Change[] {
  const changes: Change[] = [];
  for (const commit of history) {
    const seen = new Set<string>();
    const items = commit.files
      .map((f) => itemsByFile.get(f))
      .filter((i): i is ItemRef => i !== undefined && !seen.has(i.url) && Boolean(seen.add(i.url)));
    if (items.length === 0) continue;
    const editorial = commit.notes.length === 0;
    changes.push({ date: commit.date, note: editorial ? EDITORIAL_NOTE : commit.notes.join(' '), editorial, items });
    if (changes.length === limit) break;
  }
  return changes;
}
