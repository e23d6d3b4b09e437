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

export interface HistoryProblem { id: string; field: string; message: string }

const MEANING_FIELDS = ['text', 'type', 'weight', 'category'] as const;

export function compareWithPrevious(previous: SpecState, current: CurrentSpec): HistoryProblem[] {
  const problems: HistoryProblem[] = [];
  const now = new Map(current.requirements.map((r) => [r.id, r]));
  const latest = current.changelog.find((e) => e.version === current.version);
  const listed = new Set([...(latest?.added ?? []), ...(latest?.changed ?? []), ...(latest?.removed ?? [])]);
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
