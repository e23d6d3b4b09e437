import { describe, expect, it } from 'vitest';
import { mostUsedFirst, useCounts, usedByServices } from '../../src/lib/hubs';
import type { Edge } from '../../src/lib/graph';

const e = (fromKind: Edge['from']['kind'], from: string, collection: Edge['to']['collection'], to: string, spec?: string): Edge => ({ from: { kind: fromKind, id: from, spec }, to: { collection, id: to } });
const edges: Edge[] = [
  e('journeys', 'byggesoknad', 'processes', 'byggesak'),
  e('journeys', 'byggesoknad', 'standards', 'id-porten'),
  e('processes', 'byggesak', 'standards', 'svarut'),
  e('processes', 'byggesak', 'specs', 'sak-og-arkiv'),
  e('journeys', 'skoleskyss', 'standards', 'feide'),
  e('requirements', 'SA-F-001', 'standards', 'svarut', 'sak-og-arkiv'),
  e('requirements', 'SA-F-002', 'standards', 'svarut', 'sak-og-arkiv'),
  e('principles', 'apenhet', 'principles', 'apenhet'),
];

describe('usedByServices', () => {
  it('follows a journey to its process and collects what both use', () => {
    const used = usedByServices(edges, [{ collection: 'journeys', id: 'byggesoknad' }]);
    expect([...used.keys()].sort()).toEqual(['specs/sak-og-arkiv', 'standards/id-porten', 'standards/svarut']);
    expect(used.get('standards/svarut')).toEqual([{ collection: 'processes', id: 'byggesak' }]);
  });
  it('leaves out what only other services use', () => {
    expect(usedByServices(edges, [{ collection: 'journeys', id: 'byggesoknad' }]).has('standards/feide')).toBe(false);
  });
});

describe('most used first', () => {
  it('counts distinct citing items and sorts by that count, then title', () => {
    const counts = useCounts(edges);
    expect(counts.get('standards/svarut')).toBe(3);
    expect(counts.has('principles/apenhet')).toBe(false);
    const sorted = mostUsedFirst(
      [{ collection: 'standards', id: 'feide', title: 'Feide' }, { collection: 'standards', id: 'svarut', title: 'SvarUt' }, { collection: 'standards', id: 'id-porten', title: 'ID-porten' }],
      counts,
    );
    expect(sorted.map((s) => s.id)).toEqual(['svarut', 'feide', 'id-porten']);
  });
});
