import { describe, expect, it } from 'vitest';
import { changedTexts, compareVersions, versionStates } from '../../src/lib/spec-versions';
import type { Requirement } from '../../src/lib/schema';

const req = (id: string, text: string, extra: Partial<Requirement> = {}): Requirement => ({
  id, text, type: 'minimum', category: 'a', motive: 'Fordi.', verification: 'Demo.', guidance: 'Beskriv.', principles: [], standards: [], equivalentTo: [], buyerFields: [], ...extra,
});
const changelog = [
  { version: '2.0.0', date: '2026-12-01', summary: 'Ny', added: ['T-A-004'], changed: ['T-A-001'], removed: [] },
  { version: '1.1.0', date: '2026-11-22', summary: 'Gjennomgang', added: ['T-A-003'], changed: ['T-A-002'], removed: ['T-A-009'] },
  { version: '1.0.0', date: '2026-11-22', summary: 'Første', added: [], changed: [], removed: [] },
];
const current = [req('T-A-001', 'Ny tekst 1'), req('T-A-002', 'Tekst 2 v1.1'), req('T-A-003', 'Tre'), req('T-A-004', 'Fire'), req('T-A-009', 'Ni', { removedIn: '1.1.0' })];
const history = new Map([['1.1.0', { requirements: [req('T-A-001', 'Gammel tekst 1'), req('T-A-002', 'Tekst 2 v1.1'), req('T-A-003', 'Tre'), req('T-A-009', 'Ni', { removedIn: '1.1.0' })] }]]);

describe('version states', () => {
  const states = versionStates(changelog, { version: '2.0.0', requirements: current }, history);
  it('uses the files, then git history, then rebuilds from the changelog', () => {
    expect(states.map((s) => [s.version, s.source])).toEqual([['2.0.0', 'current'], ['1.1.0', 'history'], ['1.0.0', 'changelog']]);
  });
  it('a rebuilt version leaves out later additions, brings back later removals, and names the lost wording', () => {
    const v1 = states[2]!;
    expect(v1.requirements.map((r) => r.id)).toEqual(['T-A-001', 'T-A-002', 'T-A-009']);
    expect(v1.requirements.find((r) => r.id === 'T-A-009')!.removedIn).toBeUndefined();
    expect(v1.textNotKept).toEqual(['T-A-002']);
  });
  it('the diff shows old → new text where the old text is kept', () => {
    const diff = changedTexts(changelog, states);
    expect(diff.get('2.0.0')).toEqual([{ id: 'T-A-001', before: 'Gammel tekst 1', after: 'Ny tekst 1', other: [] }]);
    expect(diff.get('1.1.0')).toEqual([{ id: 'T-A-002', after: 'Tekst 2 v1.1', other: [] }]);
  });
  it('names a changed type or weight', () => {
    const h = new Map([['1.1.0', { requirements: [req('T-A-001', 'Ny tekst 1', { type: 'evaluering', weight: 3 })] }]]);
    const s = versionStates(changelog.slice(0, 2), { version: '2.0.0', requirements: [req('T-A-001', 'Ny tekst 1')] }, h);
    expect(changedTexts(changelog, s).get('2.0.0')![0]!.other).toEqual([{ field: 'type', before: 'evaluering', after: 'minimum' }, { field: 'weight', before: '3', after: '–' }]);
  });
  it('compares versions numerically', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('2.0.0', '2.0.0')).toBe(0);
  });
});
