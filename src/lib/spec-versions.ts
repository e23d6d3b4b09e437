/**
 * Every version in a template's changelog as a list of requirements, so older versions stay
 * downloadable. A version kept in git history is used as it was; a version older than the history
 * is rebuilt from the next newer one by undoing that version's changelog entry (requirements it
 * added are left out, requirements it removed come back). The wording of requirements that entry
 * *changed* is not kept anywhere then: those ids are listed in `textNotKept` so the documents and
 * the page say so instead of passing the newer text off as the old one.
 */
import type { Requirement, Spec } from './schema';

export interface VersionState {
  version: string;
  date: string;
  requirements: Requirement[];
  /** `current`: the files as they are; `history`: from git; `changelog`: rebuilt as described above. */
  source: 'current' | 'history' | 'changelog';
  /** Ids whose text in this version is not known (only for `changelog`). */
  textNotKept: string[];
  /** Categories of that version, when known from history. */
  categories?: Spec['categories'];
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

type Changelog = Spec['changelog'];

export function versionStates(
  changelog: Changelog,
  current: { version: string; requirements: Requirement[] },
  history: Map<string, { requirements: Requirement[]; categories?: Spec['categories'] }>,
): VersionState[] {
  const entries = [...changelog].sort((a, b) => compareVersions(b.version, a.version));
  const states: VersionState[] = [];
  let newerEntry: Changelog[number] | undefined;
  for (const entry of entries) {
    const newer = states.at(-1);
    const previousEntry = newerEntry;
    newerEntry = entry;
    if (entry.version === current.version) {
      states.push({ version: entry.version, date: entry.date, requirements: current.requirements, source: 'current', textNotKept: [] });
      continue;
    }
    const kept = history.get(entry.version);
    if (kept) {
      states.push({ version: entry.version, date: entry.date, requirements: kept.requirements, source: 'history', textNotKept: [], ...(kept.categories ? { categories: kept.categories } : {}) });
      continue;
    }
    if (!newer || !previousEntry) continue; // nothing newer to build from
    const added = new Set(previousEntry.added);
    const requirements = newer.requirements
      .filter((r) => !added.has(r.id) && !(r.addedIn && compareVersions(r.addedIn, entry.version) > 0))
      .map((r) => {
        if (r.removedIn && compareVersions(r.removedIn, entry.version) > 0) {
          const { removedIn: _removed, ...rest } = r;
          return rest as Requirement;
        }
        return r;
      });
    const present = new Set(requirements.map((r) => r.id));
    const textNotKept = [...new Set([...newer.textNotKept, ...previousEntry.changed])].filter((id) => present.has(id));
    states.push({ version: entry.version, date: entry.date, requirements, source: 'changelog', textNotKept, ...(newer.categories ? { categories: newer.categories } : {}) });
  }
  return states;
}

export interface TextChange {
  id: string;
  /** Text in the previous version, when it is kept. */
  before?: string;
  after: string;
  /** Other changes that matter to a buyer (kravtype, vekt), old → new. */
  other: { field: 'type' | 'weight'; before: string; after: string }[];
}

/** For each version, the old → new text of the requirements its changelog entry lists as changed. */
export function changedTexts(changelog: Changelog, states: VersionState[]): Map<string, TextChange[]> {
  const byVersion = new Map(states.map((s) => [s.version, s]));
  const sorted = [...states].sort((a, b) => compareVersions(a.version, b.version));
  const out = new Map<string, TextChange[]>();
  for (const entry of changelog) {
    const state = byVersion.get(entry.version);
    const prev = sorted[sorted.findIndex((s) => s.version === entry.version) - 1];
    if (!state) continue;
    out.set(
      entry.version,
      entry.changed.flatMap((id) => {
        const after = state.requirements.find((r) => r.id === id);
        if (!after) return [];
        const old = prev?.requirements.find((r) => r.id === id);
        const before = old && !prev!.textNotKept.includes(id) ? old.text : undefined;
        const other: TextChange['other'] = [];
        if (old && old.type !== after.type) other.push({ field: 'type', before: old.type, after: after.type });
        if (old && old.weight !== after.weight) other.push({ field: 'weight', before: String(old.weight ?? '–'), after: String(after.weight ?? '–') });
        return [{ id, after: after.text, other, ...(before !== undefined ? { before } : {}) }];
      }),
    );
  }
  return out;
}
