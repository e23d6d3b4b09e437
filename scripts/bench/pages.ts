/**
 * What a page costs a reader, and what the first search costs, measured in Chromium against the
 * built site served like a static host (scripts/bench/serve.ts): bytes are the body bytes written
 * to the wire (gzip where a host would compress), every page load in a fresh browser context
 * (empty cache).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../../src/node/browser';
import { serveStatic, type Served, type StaticServer } from './serve';
import { stat, type Stat } from './stats';

/** The tool islands a content page may carry: the Astro script that starts it, and its budget (gzip, imports included). */
export const ISLANDS = {
  kravkurv: { script: 'BasketBar', maxGzip: 3 * 1024, about: 'kravutvalget på sider som lister krav' },
  gevinstkalkulator: { script: 'BenefitCalculator', maxGzip: 2.5 * 1024, about: 'gevinstkalkulatoren på brukerreiser med dagens og fremtidig variant' },
  malside: { script: '_id_', maxGzip: 1 * 1024, about: 'versjonsvalg og nedlastinger på kravspesifikasjonssiden' },
} as const;
export type Island = keyof typeof ISLANDS;

export interface Bytes { raw: number; wire: number }
export interface PageCost {
  page: string;
  url: string;
  /** Counts for the content budgets (the search page does not). */
  content: boolean;
  declared: Island[];
  /** Island entry scripts the page loaded, by Astro script name. */
  loadedScripts: string[];
  html: Bytes;
  css: Bytes;
  js: Bytes;
  requests: number;
  files: { path: string; wire: number }[];
}

export interface SearchCost {
  query: string;
  loads: number;
  /** The search page itself, up to network idle after load. */
  page: { requests: number; wire: Stat; raw: number };
  /** Everything requested from the first keystroke until the network is quiet after the first result. */
  firstUse: { requests: number; wire: Stat; raw: number; files: { path: string; wire: number }[] };
  total: { wire: Stat };
  /** From the last keystroke (its input event) to the first result in the search page's result list, in ms. */
  firstResultMs: Stat;
  results: number;
}

interface Target { page: string; url: string; content: boolean; declared: Island[] }

function targets(dist: string): Target[] {
  const api = <T>(name: string) => JSON.parse(readFileSync(path.join(dist, 'api', `${name}.json`), 'utf8')) as T[];
  const first = (name: string) => api<{ url: string }>(name)[0]!.url;
  const journeys = api<{ url: string; variants: unknown[] }>('journeys');
  const both = journeys.find((j) => j.variants.length >= 2);
  const one = journeys.find((j) => j.variants.length < 2);
  return [
    { page: 'Forside', url: '/', content: true, declared: [] },
    { page: 'Prinsipp', url: first('principles'), content: true, declared: ['kravkurv'] },
    { page: 'Standard', url: first('standards'), content: true, declared: ['kravkurv'] },
    ...(both ? [{ page: 'Brukerreise, to varianter', url: both.url, content: true, declared: ['gevinstkalkulator'] as Island[] }] : []),
    ...(one ? [{ page: 'Brukerreise, én variant', url: one.url, content: true, declared: [] }] : []),
    { page: 'Arbeidsprosess', url: first('processes'), content: true, declared: [] },
    { page: 'Kravspesifikasjon', url: first('kravspesifikasjoner'), content: true, declared: ['kravkurv', 'malside'] },
    { page: 'Veiledning', url: first('guides'), content: true, declared: [] },
    { page: 'Indeksside', url: '/prinsipper/', content: true, declared: [] },
    // Not a content page: its script and Pagefind's are the first-search budget's.
    { page: 'Søkeside', url: '/sok/', content: false, declared: [] },
  ];
}

const kind = (s: Served) => (s.contentType.startsWith('text/html') ? 'html' : s.contentType.startsWith('text/css') ? 'css' : s.contentType.startsWith('text/javascript') ? 'js' : 'other');
const sum = (log: Served[], k?: string): Bytes => log.filter((s) => !k || kind(s) === k).reduce((b, s) => ({ raw: b.raw + s.rawBytes, wire: b.wire + s.sentBytes }), { raw: 0, wire: 0 });
/** `/_astro/BasketBar.astro_astro_type_script_index_0_lang.X.js` → `BasketBar`. */
export const islandScript = (url: string) => /\/([^/]+)\.astro_astro_type_script_/.exec(url)?.[1];

async function pageCosts(browser: Browser, server: StaticServer, dist: string): Promise<PageCost[]> {
  const costs: PageCost[] = [];
  for (const target of targets(dist)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await server.quiet(100);
    server.take();
    await page.goto(`${server.url}${target.url}`, { waitUntil: 'networkidle' });
    await server.quiet(300);
    const log = server.take();
    await context.close();
    costs.push({
      ...target,
      loadedScripts: [...new Set(log.map((s) => islandScript(s.path)).filter((s): s is string => !!s))].sort(),
      html: sum(log.filter((s) => s.status === 200), 'html'),
      css: sum(log, 'css'),
      js: sum(log, 'js'),
      requests: log.length,
      files: log.map((f) => ({ path: f.path, wire: f.sentBytes })),
    });
  }
  return costs;
}

declare global {
  interface Window { __bench?: { lastInput: number; firstResult: number | null } }
}

async function firstSearch(browser: Browser, server: StaticServer, query: string, loads: number): Promise<SearchCost> {
  const runs: { page: Served[]; use: Served[]; ms: number; results: number }[] = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await server.quiet(100);
    server.take();
    await page.goto(`${server.url}/sok/`, { waitUntil: 'networkidle' });
    const input = page.locator('[data-search-input]');
    await input.waitFor();
    await server.quiet(300);
    const pageLog = server.take();
    await page.evaluate(() => {
      const bench = { lastInput: 0, firstResult: null as number | null };
      window.__bench = bench;
      document.addEventListener('input', (e) => {
        bench.lastInput = e.timeStamp;
        bench.firstResult = null;
      }, true);
      const results = document.querySelector('[data-search-results]')!;
      new MutationObserver(() => {
        if (bench.lastInput > 0 && bench.firstResult === null && results.querySelector('.search-result a')) bench.firstResult = performance.now();
      }).observe(results, { childList: true, subtree: true });
    });
    await input.click();
    await input.pressSequentially(query, { delay: 60 });
    await page.waitForFunction(() => window.__bench?.firstResult != null, null, { timeout: 30_000 });
    await server.quiet(500);
    const { ms, results } = await page.evaluate(() => ({ ms: window.__bench!.firstResult! - window.__bench!.lastInput, results: document.querySelectorAll('[data-search-results] .search-result').length }));
    runs.push({ page: pageLog, use: server.take(), ms, results });
    await context.close();
  }
  const last = runs.at(-1)!;
  return {
    query,
    loads,
    page: { requests: last.page.length, wire: stat(runs.map((r) => sum(r.page).wire), 0)!, raw: sum(last.page).raw },
    firstUse: { requests: last.use.length, wire: stat(runs.map((r) => sum(r.use).wire), 0)!, raw: sum(last.use).raw, files: last.use.map((s) => ({ path: s.path, wire: s.sentBytes })) },
    total: { wire: stat(runs.map((r) => sum(r.page).wire + sum(r.use).wire), 0)! },
    firstResultMs: stat(runs.map((r) => r.ms), 0)!,
    results: last.results,
  };
}

/** Page costs (when asked) and the first search on one built site. */
export async function measureSite(dist: string, options: { pages: boolean; searchLoads: number; query?: string }): Promise<{ pages: PageCost[] | null; search: SearchCost }> {
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  try {
    const pages = options.pages ? await pageCosts(browser, server, dist) : null;
    const search = await firstSearch(browser, server, options.query ?? 'søknad', options.searchLoads);
    return { pages, search };
  } finally {
    await browser.close();
    await server.close();
  }
}
