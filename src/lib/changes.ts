/** Turns the content's commit history into a list of changes people can read: date, what, which items. */
export interface Commit { date: string; subject: string; files: string[] }
export interface ItemRef { title: string; url: string; type: string }
export interface Change { date: string; subject: string; items: ItemRef[] }

export function recentChanges(history: Commit[], itemsByFile: Map<string, ItemRef>, limit = 50): Change[] {
  const changes: Change[] = [];
  for (const commit of history) {
    const seen = new Set<string>();
    const items = commit.files
      .map((f) => itemsByFile.get(f))
      .filter((i): i is ItemRef => i !== undefined && !seen.has(i.url) && Boolean(seen.add(i.url)));
    if (items.length === 0) continue;
    changes.push({ date: commit.date, subject: commit.subject, items });
    if (changes.length === limit) break;
  }
  return changes;
}
