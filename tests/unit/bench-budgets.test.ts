import { describe, expect, it } from 'vitest';
import { evaluateBudgets, pageJsCheck } from '../../scripts/bench/budgets';
import { goodPages, input, KB, page, scale, search } from './bench-fixture';

const byId = (budgets: ReturnType<typeof evaluateBudgets>) => Object.fromEntries(budgets.map((b) => [b.id, b]));

describe('evaluateBudgets', () => {
  it('meets every budget when the measurements are within them', () => {
    const budgets = evaluateBudgets(input(), {});
    expect(budgets.filter((b) => b.met !== true).map((b) => b.id)).toEqual([]);
    expect(byId(budgets)['warm-vs-baseline']!.value).toBe('12.0 s = 1.20× naken Astro (10.0 s)');
  });
  it('fails with the measured value and the cause written by hand, or null when none is written', () => {
    const budgets = byId(evaluateBudgets(input({ scales: [scale(1, [10, 6], [4, 3], [8, 7]), scale(10, [60, 20], [20, 10], [50, 15])] }), { 'clean-vs-baseline': 'Diagrammene.' }));
    expect(budgets['clean-vs-baseline']).toMatchObject({ met: false, value: '60.0 s = 3.00× naken Astro (20.0 s)', cause: 'Diagrammene.' });
    expect(budgets['warm-vs-baseline']).toMatchObject({ met: false, cause: null });
    expect(budgets['clean-vs-starlight']).toMatchObject({ met: false });
    expect(budgets['warm-vs-starlight']).toMatchObject({ met: false });
    expect(budgets.growth).toMatchObject({ met: true, value: '6.00× tid' });
    expect(budgets['typical-15']!.cause).toBeUndefined();
  });
  it('says «ikke målt» instead of passing when a figure is missing', () => {
    const budgets = byId(evaluateBudgets(input({ scales: [scale(1, [10, 6], [4, 3], null, null)], pages: null, search: [], largestJsFile: null }), {}));
    for (const id of ['warm-vs-baseline', 'clean-vs-starlight', 'css-per-page', 'typical-15', 'js-islands', 'js-zero', 'search-bytes', 'search-time', 'growth', 'warm-no-browser']) {
      expect(budgets[id], id).toMatchObject({ met: null });
    }
    expect(budgets['no-large-js']!.met).toBe(true);
    expect(byId(evaluateBudgets(input({ scales: [scale(10, [40, 12], [20, 10], null)] }), {}))['clean-vs-starlight']).toMatchObject({ met: null, value: 'ikke målt (Starlight mangler)' });
  });
  it('checks CSS on the largest content page and HTML + CSS on the principle page', () => {
    const pages = [...goodPages, page('Brukerreise', [], 0, [], 11 * KB)];
    const budgets = byId(evaluateBudgets(input({ pages }), {}));
    expect(budgets['css-per-page']).toMatchObject({ met: false, value: '11.0 KB (Brukerreise)' });
    expect(budgets['typical-15']).toMatchObject({ met: true, value: '13.0 KB (HTML 5.0 KB + CSS 8.0 KB)' });
    const search = { ...page('Søkeside', [], 40 * KB, ['sok'], 30 * KB), content: false };
    expect(byId(evaluateBudgets(input({ pages: [...goodPages, search] }), {}))['css-per-page']!.met).toBe(true);
  });
  it('fails first search on bytes or time', () => {
    const budgets = byId(evaluateBudgets(input({ search: [search(151 * KB, 1001)] }), {}));
    expect(budgets['search-bytes']!.met).toBe(false);
    expect(budgets['search-time']).toMatchObject({ met: false, value: '1001 ms' });
  });
  it('fails when a warm rebuild launched a browser at any scale', () => {
    const budgets = byId(evaluateBudgets(input({ scales: [scale(1, [10, 6], [4, 3], [8, 7], true), scale(10, [40, 12], [20, 10], [60, 50])] }), {}));
    expect(budgets['warm-no-browser']).toMatchObject({ met: false, value: 'startet, ingen' });
  });
});

describe('JavaScript on content pages', () => {
  it('allows a page its declared islands within their size, and nothing else', () => {
    expect(pageJsCheck(page('Prinsipp', ['kravkurv'], 2.4 * KB, ['BasketBar']))).toEqual({ ok: true, limit: 3 * KB, unexpected: [] });
    expect(pageJsCheck(page('Prinsipp', ['kravkurv'], 3.5 * KB, ['BasketBar'])).ok).toBe(false);
    expect(pageJsCheck(page('Prinsipp', ['kravkurv'], 2 * KB, ['BasketBar', 'BenefitCalculator']))).toMatchObject({ ok: false, unexpected: ['BenefitCalculator'] });
    expect(pageJsCheck(page('Kravspesifikasjon', ['kravkurv', 'malside'], 3.8 * KB, ['BasketBar', '_id_'])).ok).toBe(true);
  });
  it('requires exactly 0 bytes on a page without islands', () => {
    expect(pageJsCheck(page('Veiledning', [], 0)).ok).toBe(true);
    expect(pageJsCheck(page('Veiledning', [], 1)).ok).toBe(false);
    const budgets = byId(evaluateBudgets(input({ pages: [...goodPages, page('Arbeidsprosess', [], 1, [])] }), {}));
    expect(budgets['js-zero']).toMatchObject({ met: false });
    expect(budgets['js-zero']!.value).toContain('Arbeidsprosess 2 byte');
    expect(budgets['js-islands']).toMatchObject({ met: true, value: 'Prinsipp 2.4 KB ≤ 3.0 KB (kravkurv)' });
  });
  it('names an unexpected or oversized island in the measured value', () => {
    const budgets = byId(evaluateBudgets(input({ pages: [page('Standard', ['kravkurv'], 2 * KB, ['BasketBar', 'Other']), page('Prinsipp', ['kravkurv'], 4 * KB, ['BasketBar'])] }), {}));
    expect(budgets['js-islands']!.met).toBe(false);
    expect(budgets['js-islands']!.value).toBe('Standard 2.0 KB ≤ 3.0 KB (kravkurv): uventet Other; Prinsipp 4.0 KB ≤ 3.0 KB (kravkurv): for stor');
  });
});
