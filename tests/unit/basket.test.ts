import { describe, expect, it } from 'vitest';
import {
  addItem,
  basketRequirementSet,
  compareVersions,
  countText,
  decodeSelection,
  encodeSelection,
  equivalentPairs,
  itemStatus,
  mergeSelections,
  parseSelectionLink,
  removeItem,
  resolveLink,
  sameSelection,
  selectedEquivalents,
  selectionLink,
  STORAGE_VERSION,
  type Selection,
} from '../../src/lib/basket';
import { equivalenceIndex } from '../../src/lib/equivalents';
import { checkEquivalentTo } from '../../src/lib/check/rules/equivalent-to';
import { kravData } from '../../src/lib/krav-data';
import type { Requirement, Spec } from '../../src/lib/schema';

const req = (id: string, category: string, extra: Partial<Requirement> = {}): Requirement => ({
  id,
  text: `Kravteksten til ${id}.`,
  type: 'minimum',
  category,
  motive: 'Fordi.',
  verification: 'Demonstrasjon.',
  guidance: 'Beskriv.',
  principles: [],
  standards: [],
  equivalentTo: [],
  buyerFields: [],
  ...extra,
});

const spec = (id: string, title: string, version: string, categories: string[], changelog: Spec['changelog']): { id: string; data: Spec } => ({
  id,
  data: { id, title, version, categories: categories.map((c) => ({ id: c, title: c.toUpperCase() })), changelog, ssaAppendix: 'Bilag 1 Kundens kravspesifikasjon' } as unknown as Spec,
});

const entry = (version: string, changed: string[] = [], removed: string[] = []) => ({ version, date: '2026-01-01', summary: 's', added: [], changed, removed });

const data = kravData({
  specs: [
    spec('sak', 'Sak og arkiv', '1.1.0', ['funksjon', 'innsyn'], [entry('1.1.0', ['SA-F-002'], ['SA-F-003']), entry('1.0.0')]),
    spec('inn', 'Innbyggertjenester', '1.0.0', ['innsyn'], [entry('1.0.0')]),
  ],
  requirements: new Map([
    ['sak', [req('SA-F-001', 'funksjon', { principles: ['apenhet'] }), req('SA-F-002', 'funksjon'), req('SA-F-003', 'funksjon', { removedIn: '1.1.0' }), req('SA-P-001', 'innsyn', { equivalentTo: ['IN-I-001'], standards: ['noark-5'] })]],
    ['inn', [req('IN-I-001', 'innsyn')]],
  ]),
  titleOf: (collection, id) => `${collection === 'principles' ? 'Prinsipp' : 'Standard'} ${id}`,
});

const item = (id: string, spec = 'sak', version = '1.1.0') => ({ id, spec, version });

describe('stored selection', () => {
  it('round-trips through its versioned storage format', () => {
    const s: Selection = [item('SA-F-001'), item('IN-I-001', 'inn', '1.0.0')];
    const text = encodeSelection(s);
    expect(JSON.parse(text).v).toBe(STORAGE_VERSION);
    expect(decodeSelection(text)).toEqual(s);
  });
  it('reads garbage, other format versions and broken items as an empty or cleaned selection', () => {
    expect(decodeSelection(null)).toEqual([]);
    expect(decodeSelection('{not json')).toEqual([]);
    expect(decodeSelection(JSON.stringify({ v: 99, items: [item('SA-F-001')] }))).toEqual([]);
    expect(decodeSelection(JSON.stringify({ v: STORAGE_VERSION, items: [item('SA-F-001'), { id: 3 }, item('SA-F-001')] }))).toEqual([item('SA-F-001')]);
  });
  it('adds once, removes, merges keeping the first and compares as sets', () => {
    let s = addItem([], item('SA-F-001'));
    s = addItem(s, item('SA-F-001', 'sak', '1.0.0'));
    expect(s).toEqual([item('SA-F-001')]);
    expect(removeItem(s, 'SA-F-001')).toEqual([]);
    expect(mergeSelections(s, [item('SA-F-001', 'sak', '1.0.0'), item('SA-F-002')])).toEqual([item('SA-F-001'), item('SA-F-002')]);
    expect(sameSelection([item('A'), item('B')], [item('B'), item('A')])).toBe(true);
    expect(sameSelection([item('A')], [item('A', 'sak', '1.0.0')])).toBe(false);
  });
  it('counts in Norwegian', () => {
    expect(countText(0)).toBe('Ingen krav er valgt.');
    expect(countText(3)).toBe('3 krav er valgt.');
  });
});

describe('selection link', () => {
  it('carries ids and template versions, and an own version where an item differs from its template', () => {
    const s = [item('SA-F-001'), item('SA-F-002'), item('SA-P-001', 'sak', '1.0.0'), item('IN-I-001', 'inn', '1.0.0')];
    const link = selectionLink(s);
    expect(link).toBe('/kravutvalg/?krav=SA-F-001,SA-F-002,SA-P-001@1.0.0,IN-I-001&v=sak@1.1.0,inn@1.0.0');
    const parsed = parseSelectionLink(link.split('?')[1]!)!;
    expect(resolveLink(parsed, data)).toEqual({ selection: s, unknown: [] });
  });
  it('is the plain basket address for an empty selection, and no link is no selection', () => {
    expect(selectionLink([])).toBe('/kravutvalg/');
    expect(parseSelectionLink('')).toBeUndefined();
  });
  it('names unknown ids, ignores repeats and uses the current version when none is given', () => {
    const parsed = parseSelectionLink('?krav=sa-f-001,XX-Y-999,SA-F-001')!;
    expect(resolveLink(parsed, data)).toEqual({ selection: [item('SA-F-001')], unknown: ['XX-Y-999'] });
  });
});

describe('changes since selection', () => {
  it('says changed when a later changelog entry lists the id, retired when it has removedIn', () => {
    expect(itemStatus(item('SA-F-002', 'sak', '1.0.0'), data)).toEqual({ kind: 'changed', versions: ['1.1.0'] });
    expect(itemStatus(item('SA-F-002', 'sak', '1.1.0'), data)).toEqual({ kind: 'current' });
    expect(itemStatus(item('SA-F-001', 'sak', '1.0.0'), data)).toEqual({ kind: 'current' });
    expect(itemStatus(item('SA-F-003', 'sak', '1.0.0'), data)).toEqual({ kind: 'retired', removedIn: '1.1.0' });
    expect(itemStatus(item('XX-Y-999'), data)).toEqual({ kind: 'unknown' });
  });
  it('compares versions numerically', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
    expect(compareVersions('0.9.9', '1.0.0')).toBeLessThan(0);
  });
});

describe('equivalents', () => {
  it('are symmetric even when typed on one side only', () => {
    const index = equivalenceIndex([{ id: 'A', equivalentTo: ['B'] }, { id: 'B', equivalentTo: [] }, { id: 'C', equivalentTo: ['A', 'C'] }]);
    expect(index.get('A')).toEqual(['B', 'C']);
    expect(index.get('B')).toEqual(['A']);
    expect(index.get('C')).toEqual(['A']);
    expect(data.requirements.find((r) => r.id === 'IN-I-001')!.equivalentTo).toEqual(['SA-P-001']);
  });
  it('warn when the selection would hold two that say the same', () => {
    const s = [item('SA-P-001'), item('SA-F-001')];
    expect(selectedEquivalents(s, data.requirements.find((r) => r.id === 'IN-I-001')!.equivalentTo)).toEqual(['SA-P-001']);
    expect(equivalentPairs([...s, item('IN-I-001', 'inn', '1.0.0')], data)).toEqual([['SA-P-001', 'IN-I-001']]);
    expect(equivalentPairs(s, data)).toEqual([]);
  });
  it('check rule: an equivalent must exist and be in another template', () => {
    const parsed = { lineOf: (path: readonly PropertyKey[]) => 10 + Number(path[1]) };
    const r = (spec: string, index: number, id: string, equivalentTo: string[]) => ({ file: `${spec}.yaml`, spec, index, data: { id, equivalentTo }, parsed });
    const problems = checkEquivalentTo([r('sak', 0, 'SA-F-001', ['SA-F-002', 'IN-I-001', 'XX-Y-001']), r('sak', 1, 'SA-F-002', []), r('inn', 0, 'IN-I-001', ['SA-F-001'])]);
    expect(problems.map((p) => [p.file, p.line, p.field, p.message.includes('samme mal') ? 'same' : p.message.includes('finnes ikke') ? 'unknown' : p.message])).toEqual([
      ['sak.yaml', 10, 'requirements[0].equivalentTo[0]', 'same'],
      ['sak.yaml', 10, 'requirements[0].equivalentTo[2]', 'unknown'],
    ]);
  });
});

describe('basket as a RequirementSet', () => {
  it('groups by template (title, version) and category, in template order, with reference titles', () => {
    const set = basketRequirementSet([item('IN-I-001', 'inn', '1.0.0'), item('SA-P-001'), item('SA-F-001'), item('XX-Y-999')], data, { date: '2026-12-01' });
    expect(set.groups.map((g) => [g.templateTitle, g.templateVersion, g.categoryTitle, g.requirements.map((r) => r.id)])).toEqual([
      ['Sak og arkiv', '1.1.0', 'FUNKSJON', ['SA-F-001']],
      ['Sak og arkiv', '1.1.0', 'INNSYN', ['SA-P-001']],
      ['Innbyggertjenester', '1.0.0', 'INNSYN', ['IN-I-001']],
    ]);
    expect(set.referenceTitles).toEqual({ 'principles/apenhet': 'Prinsipp apenhet', 'standards/noark-5': 'Standard noark-5' });
    expect(set.date).toBe('2026-12-01');
    expect(set.scope).toContain('3 krav fra 2');
    expect(set.sourceUrl).toBeUndefined();
    expect(Object.keys(set.groups[0]!.requirements[0]!)).not.toContain('references');
  });
});
