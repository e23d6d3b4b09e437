/**
 * Compares a template's requirements with the last published version (from git, or a snapshot in
 * tests): a changed requirement needs a new version and a changelog entry, a removed requirement
 * stays listed with removedIn, and a retired id can never come back.
 */
import type { Requirement } from './schema';

export interface SpecState {
  version: string;
  requirements: Requirement[];
}

export interface CurrentSpec extends SpecState {
  changelog: { version: string; added: string[]; changed: string[]; removed: string[] }[];
}

/** `id` is a requirement id, or empty when the problem is in the template itself (`field` is then a field of index.mdx). */
export interface HistoryProblem { id: string; field: string; message: string }

/** -1, 0 or 1 as `a` is lower, equal or higher than `b` (x.y.z). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) < (pb[i] ?? 0) ? -1 : 1;
  return 0;
}

const MEANING_FIELDS = ['text', 'type', 'weight', 'category'] as const;

export function compareWithPrevious(previous: SpecState, current: CurrentSpec): HistoryProblem[] {
  const problems: HistoryProblem[] = [];
  if (compareVersions(current.version, previous.version) < 0) {
    return [{ id: '', field: 'version', message: `versjonen ${current.version} er lavere enn den publiserte ${previous.version}; en versjon kan bare øke` }];
  }
  const sameVersion = current.version === previous.version;
  // Every changelog entry since the published version (a pull request may bump more than once).
  const newer = current.changelog.filter((e) => compareVersions(e.version, previous.version) > 0);
  const published = new Map(previous.requirements.map((r) => [r.id, r]));
  for (const after of current.requirements) {
    if (published.has(after.id) || after.removedIn) continue;
    if (sameVersion) {
      problems.push({ id: after.id, field: 'id', message: `kravet ${after.id} er lagt til i den publiserte versjonen ${current.version}; øk versjonen og før kravet opp under added i changelog` });
    } else if (!newer.some((e) => e.added.includes(after.id))) {
      problems.push({ id: after.id, field: 'id', message: `kravet ${after.id} er nytt, men står ikke under added i changelog for versjon ${current.version}` });
    }
  }
  const now = new Map(current.requirements.map((r) => [r.id, r]));
  const listed = new Set(newer.flatMap((e) => [...e.added, ...e.changed, ...e.removed]));
  for (const before of previous.requirements) {
    const after = now.get(before.id);
    if (!after) {
      problems.push({ id: before.id, field: 'requirements', message: `kravet ${before.id} er slettet fra filen; la det stå og merk det med removedIn: <ny versjon>, så id-en ikke brukes igjen` });
      continue;
    }
    if (before.removedIn && !after.removedIn) {
      problems.push({ id: before.id, field: 'removedIn', message: `kravet ${before.id} ble fjernet i versjon ${before.removedIn} og kan ikke tas i bruk igjen; lag et nytt krav med ny id` });
      continue;
    }
    if (!before.removedIn && after.removedIn && sameVersion) {
      problems.push({ id: before.id, field: 'removedIn', message: `kravet ${before.id} er fjernet i den publiserte versjonen ${current.version}; øk versjonen, sett removedIn til den nye versjonen og før kravet opp under removed` });
      continue;
    }
    const changed = MEANING_FIELDS.filter((f) => before[f] !== after[f]);
    if (changed.length === 0 || before.removedIn) continue;
    const what = changed.map((f) => ({ text: 'teksten', type: 'kravtypen', weight: 'vekten', category: 'kategorien' })[f]).join(' og ');
    if (current.version === previous.version) {
      problems.push({ id: before.id, field: changed[0]!, message: `${what} i kravet ${before.id} er endret, men malen har fortsatt versjon ${current.version}; øk versjonen og før kravet opp under changed i changelog` });
    } else if (!listed.has(before.id)) {
      problems.push({ id: before.id, field: changed[0]!, message: `${what} i kravet ${before.id} er endret uten at endringen står i changelog for versjon ${current.version}; før kravet opp under changed` });
    }
  }
  return problems;
}
