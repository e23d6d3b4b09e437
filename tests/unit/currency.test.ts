import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { factsAsOf, formatYears, needsCurrencyNotice, skalShare } from '../../src/lib/currency';
import { checkContent, type SourceText } from '../../src/lib/check';
import { currencyProblems, retiredUseProblems, skalShareWarnings, supersededProblems } from '../../src/lib/check/rules/currency';

describe('factsAsOf', () => {
  it('spans the oldest to the newest source year, in any order', () => {
    expect(factsAsOf([{ year: 2014 }, { year: 2011 }, { year: 2012 }])).toEqual({ from: 2011, to: 2014 });
    expect(factsAsOf([{ year: 2010 }])).toEqual({ from: 2010, to: 2010 });
  });
  it('is written as one year or a span with an en dash', () => {
    expect(formatYears({ from: 2011, to: 2014 })).toBe('2011–2014');
    expect(formatYears({ from: 2014, to: 2014 })).toBe('2014');
  });
  it('refuses an item without sources instead of inventing years', () => {
    expect(() => factsAsOf([])).toThrow();
  });
});

describe('needsCurrencyNotice', () => {
  const old = [{ year: 2014 }];
  it('is needed when the newest source is more than five years older than the build', () => {
    expect(needsCurrencyNotice({ sources: old }, '2026-12-01')).toBe(true);
    expect(needsCurrencyNotice({ sources: [{ year: 2010 }, { year: 2021 }] }, '2026-12-01')).toBe(false);
    expect(needsCurrencyNotice({ sources: [{ year: 2020 }] }, '2026-12-01')).toBe(true);
  });
  it('is not needed when someone verified the item within five years', () => {
    expect(needsCurrencyNotice({ sources: old, lastVerified: '2025-03-01' }, '2026-12-01')).toBe(false);
    expect(needsCurrencyNotice({ sources: old, lastVerified: '2021-12-01' }, '2026-12-01')).toBe(false);
    expect(needsCurrencyNotice({ sources: old, lastVerified: '2021-11-30' }, '2026-12-01')).toBe(true);
  });
});

describe('skalShare', () => {
  it('counts skal-krav among the active requirements only', () => {
    const share = skalShare([{ type: 'minimum' }, { type: 'evaluering' }, { type: 'info' }, { type: 'minimum', removedIn: '1.1.0' }]);
    expect(share).toEqual({ minimum: 1, active: 3, share: 1 / 3 });
    expect(skalShare([]).share).toBe(0);
  });
});

const head = (fields: string) => `---
${fields}
summary: Et element som bare finnes i denne testen.
sectors: [tverrgaende]
phases: [anskaffe]
updated: 2024-01-15
sources: [{title: Testkilde, publisher: KS, year: 2012}]
---
Tekst.
`;
const standard = (id: string, status: string, extra = '') =>
  head(`id: ${id}\ntitle: Standard ${id}\nkind: standard\nstatus: ${status}\nowner: Testforvalter\npurpose: Brukes bare i testen.\nappliesTo: [Test]\nstatusInSources: Ikke omtalt.${extra}`);
const spec = (status = 'utkast') =>
  head(`id: testmal\ntitle: Testmal\nstatus: ${status}\nversion: 1.0.0\nsystemType: Test\nscope: Bare det testen trenger.\ncategories: [{id: f, title: Funksjon}]\nchangelog: [{version: 1.0.0, date: 2024-01-15, summary: Første}]`);
const req = (id: string, type: string, extra = '') =>
  `  - {id: ${id}, text: Løsningen skal kunne testes., type: ${type}, category: f, motive: Må kunne prøves., verification: Demonstrasjon., guidance: Beskriv hvordan.${type === 'evaluering' ? ', weight: 3' : ''}${extra}}\n`;
const process = (variant: string, component: string) =>
  head(`id: p\ntitle: Testprosess\nstatus: utkast\nlanes: [{id: a, title: A}]\nvariants:\n  - variant: ${variant}\n    steps:\n      - {id: s, kind: start, label: Start, lane: a, components: [${component}], next: [{to: e}]}\n      - {id: e, kind: end, label: Slutt, lane: a}`);

const files = (entries: Record<string, string>): SourceText[] =>
  Object.entries(entries).map(([relative, text]) => ({ file: relative, relative, text }));
const run = (entries: Record<string, string>) => {
  const { items, requirements } = checkContent(files(entries));
  return { items, requirements };
};

describe('currency rules', () => {
  it('an active requirement using a retired standard is an error naming its replacement', () => {
    const { items, requirements } = run({
      'standards/gammel.mdx': standard('gammel', 'utgatt', '\nsupersededBy: {id: ny}'),
      'standards/ny.mdx': standard('ny', 'gjeldende'),
      'specs/testmal/index.mdx': spec(),
      'specs/testmal/requirements.yaml': `requirements:\n${req('TM-F-001', 'info', ', standards: [gammel]')}${req('TM-F-002', 'info', ', standards: [gammel], removedIn: 1.0.0')}${req('TM-F-003', 'info', ', standards: [ny]')}`,
    });
    const problems = retiredUseProblems(items, requirements);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'specs/testmal/requirements.yaml', field: 'requirements[0].standards[0]' });
    expect(problems[0]!.message).toContain('erstattet av «Standard ny» (ny)');
    expect(problems[0]!.severity).toBeUndefined();
  });

  it('a retired template may keep its references to retired standards', () => {
    const { items, requirements } = run({
      'standards/gammel.mdx': standard('gammel', 'utgatt'),
      'specs/testmal/index.mdx': spec('utgatt'),
      'specs/testmal/requirements.yaml': `requirements:\n${req('TM-F-001', 'info', ', standards: [gammel]')}`,
    });
    expect(retiredUseProblems(items, requirements)).toEqual([]);
  });

  it('only the future variant of a process may not use a retired component', () => {
    const today = run({ 'standards/gammel.mdx': standard('gammel', 'utgatt'), 'processes/p.mdx': process('dagens', 'gammel') });
    expect(retiredUseProblems(today.items, today.requirements)).toEqual([]);
    const future = run({ 'standards/gammel.mdx': standard('gammel', 'utgatt'), 'processes/p.mdx': process('fremtidig', 'gammel') });
    const problems = retiredUseProblems(future.items, future.requirements);
    expect(problems.map((p) => p.field)).toEqual(['variants[0].steps[0].components[0]']);
    expect(problems[0]!.message).toContain('som er utgått; vis til det som har erstattet den');
  });

  it('supersededBy belongs to retired items and must point at an existing item', () => {
    const { items } = run({
      'standards/a.mdx': standard('a', 'gjeldende', '\nsupersededBy: {id: b}'),
      'standards/b.mdx': standard('b', 'utgatt', '\nsupersededBy: {id: finnes-ikke}'),
      'standards/c.mdx': standard('c', 'utgatt', "\nsupersededBy: {name: Noe nytt, url: 'https://www.example.no/'}"),
    });
    const problems = supersededProblems(items);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['standards/a.mdx status', 'standards/b.mdx supersededBy.id']);
  });

  it('more than half skal-krav is a warning, exactly half is not', () => {
    const half = run({ 'specs/testmal/index.mdx': spec(), 'specs/testmal/requirements.yaml': `requirements:\n${req('TM-F-001', 'minimum')}${req('TM-F-002', 'evaluering')}` });
    expect(skalShareWarnings(half.items, half.requirements)).toEqual([]);
    const over = run({ 'specs/testmal/index.mdx': spec(), 'specs/testmal/requirements.yaml': `requirements:\n${req('TM-F-001', 'minimum')}${req('TM-F-002', 'minimum')}${req('TM-F-003', 'evaluering')}` });
    const warnings = currencyProblems(over.items, over.requirements);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', field: 'requirements' });
    expect(warnings[0]!.message).toContain('2 av 3 aktive krav (67 %)');
  });
});

describe('npm run check with only warnings', () => {
  it('prints the warning and exits 0', () => {
    const r = spawnSync('npm', ['run', '--silent', 'check'], {
      env: { ...globalThis.process.env, CONTENT_ROOT: path.resolve('tests/content-fixtures/spec-skal-share-over-half') },
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    expect(`${r.stdout}${r.stderr}`).toMatch(/requirements\.yaml:\d+ requirements — advarsel: 2 av 3 aktive krav/);
  }, 60_000);
});

describe('status filters', () => {
  it('has one static page per type and status, /status/ for no filter', async () => {
    const { statusFilterPages, statusFilterUrl, filterRows } = await import('../../src/lib/status-filter');
    const pages = statusFilterPages();
    expect(pages).toHaveLength(8 * 4);
    expect(new Set(pages.map((p) => p.url)).size).toBe(pages.length);
    expect(statusFilterUrl('alle', 'alle')).toBe('/status/');
    expect(statusFilterUrl('standards', 'utgatt')).toBe('/status/standarder/utgatt/');
    const rows = [
      { collection: 'standards' as const, status: 'utgatt' },
      { collection: 'standards' as const, status: 'gjeldende' },
      { collection: 'principles' as const, status: 'utgatt' },
    ];
    expect(filterRows(rows, 'standards', 'utgatt')).toEqual([rows[0]]);
    expect(filterRows(rows, 'alle', 'utgatt')).toEqual([rows[0], rows[2]]);
    expect(filterRows(rows, 'alle', 'alle')).toEqual(rows);
  });
});
