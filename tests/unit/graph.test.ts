import { describe, expect, it } from 'vitest';
import { backlinksTo, collectEdges } from '../../src/lib/graph';

const requirement = (id: string, principles: string[]) => ({
  spec: 'sak-og-arkiv',
  data: { id, text: 'x', type: 'minimum' as const, category: 'c', motive: 'm', verification: 'v', guidance: 'g', principles, standards: [], equivalentTo: [], buyerFields: [] },
});

describe('backlinks are computed from references', () => {
  const edges = collectEdges(
    [
      { collection: 'principles', id: 'apenhet', data: { relatedPrinciples: ['sikkerhet'], standards: [] } },
      { collection: 'principles', id: 'sikkerhet', data: { relatedPrinciples: [], standards: ['id-porten'] } },
      {
        collection: 'journeys',
        id: 'byggesoknad',
        data: {
          processes: [], specs: [], standards: [], principles: ['apenhet'],
          variants: [{ phases: [{ steps: [{ components: ['id-porten'], principles: ['sikkerhet'] }] }] }],
        },
      },
    ],
    [requirement('SA-F-001', ['sikkerhet'])],
  );

  it('lists every item that cites a principle, grouped by kind', () => {
    const links = backlinksTo(edges, 'principles', 'sikkerhet');
    expect(links.get('principles')?.map((l) => l.id)).toEqual(['apenhet']);
    expect(links.get('journeys')?.map((l) => l.id)).toEqual(['byggesoknad']);
    expect(links.get('requirements')?.[0]?.url).toBe('/kravspesifikasjoner/sak-og-arkiv/#SA-F-001');
  });
  it('finds components used in journey steps', () => {
    const links = backlinksTo(edges, 'standards', 'id-porten');
    expect([...links.keys()].sort()).toEqual(['journeys', 'principles']);
  });
  it('returns nothing for an item nobody cites', () => {
    expect(backlinksTo(edges, 'principles', 'byggesoknad').size).toBe(0);
  });
});
