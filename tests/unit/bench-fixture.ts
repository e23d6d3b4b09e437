/** Measurements for the bench unit tests (not a test file itself). */
import type { PageCost, SearchCost } from '../../scripts/bench/pages';
import { stat } from '../../scripts/bench/stats';
import type { Report, ScaleResult } from '../../scripts/bench/types';

const s = (...v: number[]) => stat(v)!;
const times = (clean: number, warm: number) => ({ clean: s(clean), warm: s(warm), peakMb: null, distBytes: 0 });
export function scale(n: number, ours: [number, number], baseline: [number, number], starlight: [number, number] | null, browser: boolean | null = false): ScaleResult {
  return {
    scale: n, items: 78 * n, requirements: 0, pages: 0,
    ours: { ...times(...ours), phasesClean: null, phasesWarm: null, warmBrowserLaunched: browser, diagrams: null, pagefindBytes: 0 },
    baseline: times(...baseline),
    starlight: starlight ? times(...starlight) : null,
    ratios: { baselineClean: null, baselineWarm: null, starlightClean: null, starlightWarm: null },
  };
}
export const KB = 1024;
export function page(name: string, declared: PageCost['declared'], js: number, scripts: string[] = [], css = 8 * KB, html = 5 * KB): PageCost {
  return { page: name, url: '/', content: true, declared, loadedScripts: scripts, html: { raw: html * 4, wire: html }, css: { raw: css * 5, wire: css }, js: { raw: js * 2, wire: js }, requests: 3, files: [] };
}
export const goodPages = [page('Prinsipp', ['kravkurv'], 2.4 * KB, ['BasketBar']), page('Veiledning', [], 0), page('Indeksside', [], 0, [], 9 * KB)];
export const search = (wire: number, ms: number): Report['search'][number] => ({
  scale: 1, query: 'søknad', loads: 3, results: 5,
  page: { requests: 6, wire: s(wire / 2), raw: 0 }, firstUse: { requests: 10, wire: s(wire / 2), raw: 0, files: [] },
  total: { wire: s(wire) }, firstResultMs: s(ms),
} satisfies SearchCost & { scale: number });
export const input = (over: Partial<Pick<Report, 'scales' | 'pages' | 'search' | 'largestJsFile'>> = {}) => ({
  scales: [scale(1, [10, 6], [4, 3], [8, 7]), scale(10, [40, 12], [20, 10], [60, 50])],
  pages: goodPages,
  search: [search(120 * KB, 400)],
  largestJsFile: { path: 'pagefind/x.js', bytes: 150 * KB },
  ...over,
});
