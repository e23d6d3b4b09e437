import { describe, expect, it } from 'vitest';
import { requirementQualityProblems, skalShare } from '../../src/lib/requirement-quality';
import type { Requirement } from '../../src/lib/schema';

const req = (id: string, extra: Partial<Requirement> = {}): Requirement => ({
  id, text: 'Løsningen skal gjøre noe.', type: 'evaluering', weight: 5, category: 'k', motive: 'Fordi.',
  verification: 'Demonstrasjon. Oppfylt når det virker.', guidance: 'Beskriv.', principles: [], standards: [],
  equivalentTo: [], buyerFields: [], ...extra,
});
const skal = (id: string, extra: Partial<Requirement> = {}) => req(id, { type: 'minimum', weight: undefined, ...extra });

describe('requirementQualityProblems', () => {
  it('accepts a template with 40 % skal-krav and acceptance criteria', () => {
    const t = { spec: 'a', requirements: [skal('AA-A-001'), skal('AA-A-002'), req('AA-A-003'), req('AA-A-004'), req('AA-A-005')] };
    expect(skalShare(t.requirements)).toEqual({ active: 5, minimum: 2, share: 0.4 });
    expect(requirementQualityProblems([t])).toEqual([]);
  });

  it('counts only active requirements and reports a skal share above 40 %', () => {
    const t = { spec: 'a', requirements: [skal('AA-A-001'), req('AA-A-002'), req('AA-A-003', { removedIn: '2.0.0' })] };
    const problems = requirementQualityProblems([t]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/1 av 2 aktive krav er skal-krav \(50 %\)/);
  });

  it('reports a verification without an acceptance criterion, but not on a retired requirement', () => {
    const t = { spec: 'a', requirements: [req('AA-A-001', { verification: 'Demonstrasjon.' }), req('AA-A-002', { verification: 'Test.', removedIn: '2.0.0' })] };
    expect(requirementQualityProblems([t]).map((p) => p.id)).toEqual(['AA-A-001']);
  });

  it('reports an active requirement that uses a retired standard', () => {
    const t = { spec: 'a', requirements: [req('AA-A-001', { standards: ['ehandel-no'] })] };
    expect(requirementQualityProblems([t], new Map([['ehandel-no', 'utgatt']]))[0]!.message).toMatch(/utgått/);
    expect(requirementQualityProblems([t], new Map([['ehandel-no', 'gjeldende']]))).toEqual([]);
  });

  it('requires equivalents to exist in another template, be active, link back and share the type', () => {
    const a = { spec: 'a', requirements: [req('AA-A-001', { equivalentTo: ['BB-A-001'] }), req('AA-A-002', { equivalentTo: ['BB-A-002'] }), req('AA-A-003', { equivalentTo: ['AA-A-001'] }), req('AA-A-004', { equivalentTo: ['XX-X-999'] }), req('AA-A-005', { equivalentTo: ['BB-A-003'] })] };
    const b = { spec: 'b', requirements: [req('BB-A-001', { equivalentTo: ['AA-A-001'] }), req('BB-A-002'), skal('BB-A-003', { equivalentTo: ['AA-A-005'] })] };
    const messages = requirementQualityProblems([a, b]).map((p) => `${p.id}: ${p.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^AA-A-002: .*viser ikke tilbake/),
      expect.stringMatching(/^AA-A-003: .*samme mal/),
      expect.stringMatching(/^AA-A-004: .*som ikke finnes/),
      expect.stringMatching(/^AA-A-005: .*annen kravtype/),
      expect.stringMatching(/^BB-A-003: .*annen kravtype/),
    ]);
  });

  it('reports an equivalent that has been retired', () => {
    const a = { spec: 'a', requirements: [req('AA-A-001', { equivalentTo: ['BB-A-001'] })] };
    const b = { spec: 'b', requirements: [req('BB-A-001', { equivalentTo: ['AA-A-001'], removedIn: '2.0.0' })] };
    expect(requirementQualityProblems([a, b]).map((p) => p.message)).toEqual([expect.stringMatching(/fjernet/)]);
  });
});
