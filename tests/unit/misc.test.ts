import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../src/lib/atom';
import { recentChanges } from '../../src/lib/changes';
import { requirementPrefix, scaffold, SCAFFOLD_TYPES } from '../../src/lib/scaffold';
import { versionChanges } from '../../src/lib/spec';
import { isWebAddress } from '../../src/lib/check';

it('an Atom feed lists entries newest first and escapes text', () => {
  const xml = atomFeed({ id: 'u', title: 'A & B', url: 'u', self: 's' }, [
    { id: '1', title: 'Eldre', url: 'x', updated: '2024-01-01', summary: '<b>' },
    { id: '2', title: 'Nyere', url: 'y', updated: '2025-01-01', summary: 's' },
  ]);
  expect(xml).toContain('<title>A &amp; B</title>');
  expect(xml.indexOf('Nyere')).toBeLessThan(xml.indexOf('Eldre'));
  expect(xml).toContain('&lt;b&gt;');
  expect(xml).toContain('<updated>2025-01-01T00:00:00Z</updated>');
});

it('recent changes keep only commits that touched published items, once per item', () => {
  const items = new Map([['/c/a.mdx', { title: 'A', url: '/a/', type: 'Prinsipp' }]]);
  const changes = recentChanges(
    [
      { date: '2025-02-01', notes: ['Ny tekst'], files: ['/c/a.mdx', '/c/a.mdx', '/c/README.md'] },
      { date: '2025-01-01', notes: [], files: ['/c/x.txt'] },
    ],
    items,
  );
  expect(changes).toEqual([{ date: '2025-02-01', note: 'Ny tekst', editorial: false, items: [{ title: 'A', url: '/a/', type: 'Prinsipp' }] }]);
});

describe('scaffold', () => {
  it('marks every new item as a draft with today\'s date', () => {
    for (const type of SCAFFOLD_TYPES) {
      const files = scaffold({ type, title: 'Test', id: 'test', today: '2026-01-02', principleNumber: 3, requirementId: 'TE-F-001' });
      expect(files[0]!.text).toContain('status: utkast');
      expect(files[0]!.text).toContain('updated: 2026-01-02');
    }
  });
  it('makes a requirement prefix from the title', () => {
    expect(requirementPrefix('sak-og-arkiv')).toBe('SOA');
    expect(requirementPrefix('velferd')).toBe('VKR');
  });
});

it('resolves a changelog into added, changed and removed requirements', () => {
  const r = (id: string) => ({ id, text: id, type: 'minimum' as const, category: 'k', motive: 'm', verification: 'v', guidance: 'g', principles: [], standards: [], equivalentTo: [], buyerFields: [] });
  const changes = versionChanges(
    { changelog: [{ version: '1.1.0', date: '2025-01-01', summary: 's', added: ['A'], changed: ['B'], removed: ['C'] }] },
    [r('A'), r('B'), r('C')],
  );
  expect(changes[0]!.added.map((x) => x.id)).toEqual(['A']);
  expect(changes[0]!.changed.map((x) => x.id)).toEqual(['B']);
  expect(changes[0]!.removed.map((x) => x.id)).toEqual(['C']);
});

it('knows a complete web address', () => {
  expect(isWebAddress('https://www.digdir.no/')).toBe(true);
  expect(isWebAddress('www.digdir.no')).toBe(false);
  expect(isWebAddress('https://localhost')).toBe(false);
});
