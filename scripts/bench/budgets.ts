/**
 * The budgets of DESIGN.md §7, evaluated from the measurements of one run. Nothing here passes by
 * itself: a budget whose figures were not measured is `met: null` («ikke målt»), and one that is
 * not met shows the measured value and its cause (scripts/bench/causes.ts, written by hand).
 */
import { CAUSES } from './causes';
import { ISLANDS, type PageCost } from './pages';
import type { Budget, Report, ScaleResult } from './types';

const KB = 1024;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const LARGE = 10;

/** Whether a page loaded only its declared islands, within their summed size (0 bytes when it declares none). */
export function pageJsCheck(page: Pick<PageCost, 'declared' | 'loadedScripts' | 'js'>): { ok: boolean; limit: number; unexpected: string[] } {
  const allowed = new Set<string>(page.declared.map((i) => ISLANDS[i].script));
  const unexpected = page.loadedScripts.filter((script) => !allowed.has(script));
  const limit = page.declared.reduce((n, i) => n + ISLANDS[i].maxGzip, 0);
  return { ok: unexpected.length === 0 && page.js.wire <= limit, limit, unexpected };
}

type Input = Pick<Report, 'scales' | 'pages' | 'search' | 'largestJsFile'>;

export function evaluateBudgets(r: Input, causes: Record<string, string | undefined> = CAUSES): Budget[] {
  const large = r.scales.find((x) => x.scale === LARGE);
  const notAtLarge = `ikke målt (skala ${LARGE}× ikke kjørt)`;
  const budgets: Omit<Budget, 'cause'>[] = [];
  const add = (id: string, budget: string, value: string, met: boolean | null) => budgets.push({ id, budget, value, met });

  const relative = (id: string, budget: string, ours: (x: ScaleResult) => number | undefined, peer: (x: ScaleResult) => number | undefined, limit: number, strict: boolean, peerName: string) => {
    const a = large && ours(large);
    const b = large && peer(large);
    if (a === undefined || b === undefined || !large) return add(id, budget, large ? `ikke målt (${peerName} mangler)` : notAtLarge, null);
    const ratio = a / b;
    add(id, budget, `${s(a)} = ${ratio.toFixed(2)}× ${peerName} (${s(b)})`, strict ? ratio < limit : ratio <= limit);
  };
  relative('warm-vs-baseline', `Varm ombygging ved ${LARGE}× ≤ 1,5× naken Astro (varm)`, (x) => x.ours.warm?.median, (x) => x.baseline.warm?.median, 1.5, false, 'naken Astro');
  relative('clean-vs-baseline', `Ren bygging ved ${LARGE}× ≤ 2,5× naken Astro (ren)`, (x) => x.ours.clean?.median, (x) => x.baseline.clean?.median, 2.5, false, 'naken Astro');
  relative('clean-vs-starlight', `Ren bygging ved ${LARGE}× under Starlight (ren)`, (x) => x.ours.clean?.median, (x) => x.starlight?.clean?.median, 1, true, 'Starlight');
  relative('warm-vs-starlight', `Varm ombygging ved ${LARGE}× under Starlight (varm)`, (x) => x.ours.warm?.median, (x) => x.starlight?.warm?.median, 1, true, 'Starlight');

  const pages = r.pages;
  const content = pages?.filter((p) => p.content) ?? [];
  if (content.length > 0) {
    const css = content.reduce((a, b) => (b.css.wire > a.css.wire ? b : a));
    add('css-per-page', 'CSS per innholdsside ≤ 10 KB gzip (største sidetype)', `${kb(css.css.wire)} (${css.page})`, css.css.wire <= 10 * KB);
  } else add('css-per-page', 'CSS per innholdsside ≤ 10 KB gzip (største sidetype)', 'ikke målt', null);
  const typical = pages?.find((p) => p.page === 'Prinsipp');
  const typicalBytes = typical ? typical.html.wire + typical.css.wire : undefined;
  const typicalValue = typical ? `${kb(typicalBytes!)} (HTML ${kb(typical.html.wire)} + CSS ${kb(typical.css.wire)})` : 'ikke målt';
  add('typical-15', 'Typisk innholdsside (prinsipp): HTML + CSS ≤ 15 KB gzip', typicalValue, typicalBytes === undefined ? null : typicalBytes <= 15 * KB);
  add('typical-60', 'Typisk innholdsside (prinsipp): HTML + CSS ≤ 60 KB gzip', typicalValue, typicalBytes === undefined ? null : typicalBytes <= 60 * KB);

  if (content.length > 0) {
    const withIslands = content.filter((p) => p.declared.length > 0);
    const checks = withIslands.map((p) => ({ p, ...pageJsCheck(p) }));
    const value = checks
      .map(({ p, ok, limit, unexpected }) => `${p.page} ${kb(p.js.wire)} ≤ ${kb(limit)} (${p.declared.join(' + ')})${ok ? '' : unexpected.length ? `: uventet ${unexpected.join(', ')}` : ': for stor'}`)
      .join('; ');
    add('js-islands', 'Innholdssider laster bare JavaScript for sine deklarerte verktøyøyer, hver innenfor sin størrelse (gzip)', value || 'ingen sider med øyer', checks.every((c) => c.ok));
    const without = content.filter((p) => p.declared.length === 0);
    add('js-zero', 'Innholdssider uten verktøy (forside, veiledning, indeksside …) laster 0 byte JavaScript', without.map((p) => `${p.page} ${p.js.raw} byte`).join(', '), without.length > 0 && without.every((p) => p.js.raw === 0 && pageJsCheck(p).ok));
  } else {
    add('js-islands', 'Innholdssider laster bare JavaScript for sine deklarerte verktøyøyer', 'ikke målt', null);
    add('js-zero', 'Innholdssider uten verktøy laster 0 byte JavaScript', 'ikke målt', null);
  }

  const search = r.search[0];
  if (search) {
    add('search-bytes', `Første søk ≤ 150 KB gzip overført (søkesiden + det søket laster, skala ${search.scale}×)`, `${kb(search.total.wire.median)} (siden ${kb(search.page.wire.median)} i ${search.page.requests} forespørsler + søket ${kb(search.firstUse.wire.median)} i ${search.firstUse.requests})`, search.total.wire.median <= 150 * KB);
    add('search-time', `Første treff ≤ 1 s etter siste tastetrykk (median av ${search.loads}, skala ${search.scale}×)`, `${search.firstResultMs.median} ms`, search.firstResultMs.median <= 1000);
  } else {
    add('search-bytes', 'Første søk ≤ 150 KB gzip overført', 'ikke målt', null);
    add('search-time', 'Første treff ≤ 1 s etter siste tastetrykk', 'ikke målt', null);
  }

  const smallest = r.scales[0];
  const largest = r.scales.at(-1);
  if (smallest && largest && largest !== smallest && smallest.ours.clean && largest.ours.clean) {
    const itemGrowth = largest.items / smallest.items;
    const timeGrowth = largest.ours.clean.median / smallest.ours.clean.median;
    add('growth', `Byggetid vokser høyst litt mer enn innholdet (${itemGrowth.toFixed(1)}× innhold ≤ ${(itemGrowth * 1.1).toFixed(1)}× tid)`, `${timeGrowth.toFixed(2)}× tid`, timeGrowth <= itemGrowth * 1.1);
  } else add('growth', 'Byggetid vokser høyst litt mer enn innholdet (10× innhold ≤ 11× tid)', 'ikke målt (trenger to skalaer)', null);

  const launched = r.scales.map((x) => x.ours.warmBrowserLaunched);
  add('warm-no-browser', 'Ombygging uten diagramendringer starter ingen nettleser', launched.map((l) => (l === null ? 'ukjent' : l ? 'startet' : 'ingen')).join(', ') || 'ikke målt', launched.length === 0 || launched.includes(null) ? null : launched.every((l) => l === false));
  add('no-large-js', 'Ingen JavaScript-fil over 200 KB i dist/ (ingen diagram-runtime)', r.largestJsFile ? `${kb(r.largestJsFile.bytes)} største (${r.largestJsFile.path})` : 'ingen JavaScript', !r.largestJsFile || r.largestJsFile.bytes < 200 * KB);

  return budgets.map((b) => (b.met === false ? { ...b, cause: causes[b.id] ?? null } : b));
}
