/**
 * Renders Mermaid diagrams to SVG at build time.
 *
 * A small pool of Chromium pages with Mermaid loaded once serves every diagram (~60 ms for a
 * flowchart of seven boxes instead of ~0.9 s when a fresh page loads the bundle per diagram).
 * Results are cached on disk by a hash of the diagram text and the Mermaid version, so a rebuild
 * with unchanged diagrams starts no browser.
 * The state lives on globalThis because Astro loads this module both in its config and in Vite.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { cachePath } from './build-cache.ts';

const require = createRequire(import.meta.url);
const mermaidFile = require.resolve('mermaid/dist/mermaid.min.js');
const mermaidVersion = (JSON.parse(readFileSync(path.join(path.dirname(mermaidFile), '..', 'package.json'), 'utf8')) as { version: string }).version;

/**
 * How every diagram is drawn. Part of the cache key: a change here redraws everything. The fixed
 * seed makes a drawing the same from one build to the next: class, state and ER diagrams draw their
 * boxes with Rough.js, which otherwise takes a new random seed each time (flowcharts are unaffected).
 */
export const MERMAID_CONFIG = {
  startOnLoad: false,
  handDrawnSeed: 1,
  securityLevel: 'strict',
  theme: 'base',
  fontFamily: 'Arial, sans-serif',
  htmlLabels: false,
  flowchart: { htmlLabels: false, useMaxWidth: true, wrappingWidth: 180 },
  themeVariables: { primaryColor: '#ddeaf6', primaryBorderColor: '#005db1', lineColor: '#292c30', fontSize: '16px' },
};

export const CACHE_DIR = cachePath('diagrams');

export interface RenderStats {
  rendered: number;
  cached: number;
  browserLaunched: boolean;
  renderMs: number;
}

type Outcome = { ok: true; svg: string } | { ok: false; message: string };

interface State {
  browser?: Promise<Browser>;
  /** A small pool of pages, each with Mermaid loaded once and its own queue of jobs. */
  pages?: { page: Promise<Page>; queue: Promise<unknown>; waiting: number }[];
  stats: RenderStats;
  /** Diagrams being drawn right now, by hash: a second request for the same text waits for the first. */
  inFlight: Map<string, Promise<Outcome>>;
  /** Hashes this process has drawn. */
  drawn: Set<string>;
}

/**
 * Pages that render at the same time: Chromium gives each its own renderer process. One core is
 * left to Astro, which builds while the check draws: on 2 cores one page made the clean build at
 * 10× about 7 % faster than two (median of six paired runs, 1 December 2026).
 */
const POOL_SIZE = Math.max(1, Math.min(Number(process.env.DIAGRAM_WORKERS ?? availableParallelism() - 1), 4));

const KEY = Symbol.for('kommit.mermaid');
const globalState = globalThis as unknown as Record<symbol, State | undefined>;
const state: State = (globalState[KEY] ??= {
  stats: { rendered: 0, cached: 0, browserLaunched: false, renderMs: 0 },
  inFlight: new Map(),
  drawn: new Set(),
});
const inFlight = state.inFlight;

export class MermaidSyntaxError extends Error {}

export function diagramHash(source: string): string {
  return createHash('sha256').update(`${mermaidVersion}\n${JSON.stringify(MERMAID_CONFIG)}\n${source}`).digest('hex').slice(0, 16);
}

/**
 * Mermaid's getConfig() returns a fresh copy of the whole configuration (about 1,000 keys: every
 * diagram type's settings and ~200 theme variables), two levels deep, made key by key with
 * Object.defineProperty. A flowchart calls it about 70 times; in a CPU profile of the build's
 * drawing the copying was more than half of the time. `kommitConfigCopy` returns the same copy (the
 * same keys, values and nesting, sharing the same objects below the third level) from a snapshot
 * taken once per configuration with Mermaid's own copier, using plain assignments. Mermaid replaces
 * its configuration object whenever the configuration changes (initialize, directives, reset) and
 * never changes it in place, so comparing the object tells when to take a new snapshot.
 *
 * It is a string because it runs in the page: a function compiled by tsx or Vite could carry
 * helpers the page does not have.
 */
const CONFIG_COPY_SCRIPT = `globalThis.kommitConfigCopy = (() => {
  let snapshotOf;
  let snapshot;
  const copy = (value, depth) => {
    if (Array.isArray(value)) return value.slice();
    if (depth <= 0) return Object.assign({}, value);
    const result = {};
    for (const key of Object.keys(value)) {
      const item = value[key];
      result[key] = item !== null && typeof item === 'object' ? copy(item, depth - 1) : item;
    }
    return result;
  };
  return (assignWithDepth, current) => {
    if (current !== snapshotOf) {
      snapshot = assignWithDepth({}, current);
      snapshotOf = current;
    }
    return copy(snapshot, 2);
  };
})();`;

/**
 * Mermaid's bundle with its getConfig() calling `kommitConfigCopy` (the drawings come out byte for
 * byte the same). The minified bundle has exactly one
 * `name=__name(()=>assignWithDepth({},currentConfig),"getConfig")`; if a new Mermaid changes that,
 * the bundle is used as it is (slower, same drawings), and tests/content/mermaid-config-copy.test.ts
 * fails so that the pattern gets updated.
 */
export function withCheaperConfigCopy(bundle: string): { bundle: string; patched: boolean } {
  const places = [...bundle.matchAll(/([\w$]+)=([\w$]+)\(\(\)=>([\w$]+)\(\{\},([\w$]+)\),"getConfig"\)/g)];
  if (places.length !== 1) return { bundle, patched: false };
  const [whole, name, named, assignWithDepth, current] = places[0]!;
  return { bundle: bundle.replace(whole, () => `${name}=${named}(()=>globalThis.kommitConfigCopy(${assignWithDepth},${current}),"getConfig")`), patched: true };
}

let mermaidBundle: string | undefined;

/** Loads Mermaid into a page: with the cheaper config copy unless `plain` (used by the test that compares the two). */
export async function loadMermaid(p: Page, { plain = false } = {}): Promise<void> {
  if (plain) {
    await p.addScriptTag({ path: mermaidFile });
    return;
  }
  mermaidBundle ??= withCheaperConfigCopy(readFileSync(mermaidFile, 'utf8')).bundle;
  await p.addScriptTag({ content: CONFIG_COPY_SCRIPT });
  await p.addScriptTag({ content: mermaidBundle });
}

async function newMermaidPage(): Promise<Page> {
  if (!state.browser) {
    state.stats.browserLaunched = true;
    // Loaded on first use: a build whose diagrams are all cached never loads Playwright.
    state.browser = import('./browser.ts').then(({ launchChromium }) => launchChromium());
  }
  const browser = await state.browser;
  const p = await browser.newPage();
  await p.setContent('<!doctype html><html><body></body></html>');
  await loadMermaid(p);
  await p.evaluate((config) => {
    const m = (window as unknown as { mermaid: { initialize: (c: object) => void } }).mermaid;
    m.initialize(config);
  }, MERMAID_CONFIG);
  return p;
}

/**
 * Runs a job on the least busy page of the pool; on each page one job runs at a time, because
 * Mermaid's renderer is not re-entrant. Pages are opened only when there is work for them.
 */
function enqueue<T>(job: (page: Page) => Promise<T>): Promise<T> {
  state.pages ??= [];
  if (state.pages.length < POOL_SIZE && state.pages.every((w) => w.waiting > 0)) {
    state.pages.push({ page: newMermaidPage(), queue: Promise.resolve(), waiting: 0 });
  }
  const worker = state.pages.reduce((a, b) => (b.waiting < a.waiting ? b : a));
  worker.waiting++;
  const run = worker.queue.then(async () => job(await worker.page)).finally(() => worker.waiting--);
  worker.queue = run.catch(() => undefined);
  return run;
}

/** Draws one diagram in the page; a syntax error comes back as a message (render parses first). */
async function renderInBrowser(p: Page, id: string, source: string): Promise<Outcome> {
  const [outcome] = await renderBatchInBrowser(p, [{ id, source }]);
  return outcome!;
}

/**
 * Draws a list of diagrams in one call. The page works through the list on its own, so the drawing
 * goes on while Node is busy with other synchronous work (the content rules): it is started by one
 * call and collected by another.
 */
async function renderBatchInBrowser(p: Page, jobs: { id: string; source: string }[], onStarted?: () => void): Promise<Outcome[]> {
  await p.evaluate((jobs) => {
    const m = (window as unknown as { mermaid: { render: (id: string, s: string) => Promise<{ svg: string }> } }).mermaid;
    // No named functions in here: tsx would wrap them in a helper the page does not have.
    (window as unknown as { kommitBatch: Promise<Outcome[]> }).kommitBatch = (async () => {
      const outcomes: Outcome[] = [];
      for (const { id, source } of jobs) {
        try {
          outcomes.push({ ok: true, svg: (await m.render(id, source)).svg });
        } catch (error) {
          document.getElementById(id)?.remove();
          document.getElementById(`d${id}`)?.remove();
          outcomes.push({ ok: false, message: String((error as Error)?.message ?? error) });
        }
      }
      return outcomes;
    })();
  }, jobs);
  onStarted?.();
  return p.evaluate(() => (window as unknown as { kommitBatch: Promise<Outcome[]> }).kommitBatch);
}

/**
 * A cache file is `<!-- sha256:<hash of the SVG> -->\n<svg …>`. It is used only when the hash
 * matches and the SVG carries nothing executable; anything else (a half-written, corrupt or
 * planted file) is ignored and the diagram is drawn again.
 */
const contentHash = (svg: string) => createHash('sha256').update(svg).digest('hex');

export function readCachedSvg(file: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const match = /^<!-- sha256:([0-9a-f]{64}) -->\n/.exec(text);
  if (!match) return undefined;
  const svg = text.slice(match[0].length);
  if (contentHash(svg) !== match[1] || !isInertSvg(svg)) return undefined;
  return svg;
}

/** Mermaid's output in strict mode never has script, event handlers, foreign objects with script or javascript: links. */
export function isInertSvg(svg: string): boolean {
  return (
    /^<svg[\s>]/.test(svg) &&
    !/<(script|iframe|object|embed)[\s>/]|<!ENTITY|<\?xml-stylesheet/i.test(svg) &&
    !/<[^>]*\son[a-z]+\s*=/i.test(svg) &&
    !/<[^>]*\s(href|xlink:href|src)\s*=\s*["']?\s*(javascript|data|vbscript):/i.test(svg)
  );
}

/** Written to a temporary file and renamed: a reader sees the old file, the whole new one, or none. */
export function writeCachedSvg(file: string, svg: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, `<!-- sha256:${contentHash(svg)} -->\n${svg}`);
  renameSync(temporary, file);
}

const cacheFile = (hash: string) => path.join(CACHE_DIR, `${hash}.svg`);

function fromCache(hash: string): string | undefined {
  const file = cacheFile(hash);
  return existsSync(file) ? readCachedSvg(file) : undefined;
}

/** Keeps a drawn diagram: counted, checked for anything executable and written to the cache. */
function keep(hash: string, outcome: Outcome): Outcome {
  if (!outcome.ok) return outcome;
  if (!isInertSvg(outcome.svg)) return { ok: false, message: UNSAFE_SVG };
  state.stats.rendered++;
  state.drawn.add(hash);
  writeCachedSvg(cacheFile(hash), outcome.svg);
  return outcome;
}

const UNSAFE_SVG = 'Mermaid laget en SVG med skript eller hendelser; diagrammet ble ikke brukt';

/**
 * `npm run build` runs the content check and Astro side by side, and the check draws every diagram
 * written in MDX first. Astro is started with DIAGRAMS_DRAWN_BY pointing at a marker file that exists
 * while the check is drawing: a page whose diagram is not in the cache yet waits for the check's copy
 * instead of drawing it a second time. When the marker is gone (or its build has stopped), the page
 * draws the diagram itself.
 */
async function waitForDrawingElsewhere(hash: string): Promise<void> {
  const marker = process.env.DIAGRAMS_DRAWN_BY;
  if (!marker) return;
  const drawing = () => {
    try {
      process.kill(Number(readFileSync(marker, 'utf8')), 0);
      return true;
    } catch {
      return false; // no marker, or the build that wrote it has stopped
    }
  };
  while (drawing() && !existsSync(cacheFile(hash))) await new Promise((resolve) => setTimeout(resolve, 50));
}

/** The SVG of a diagram, from the cache when its text is unchanged. Throws MermaidSyntaxError on bad syntax. */
export async function renderMermaid(source: string): Promise<string> {
  const hash = diagramHash(source);
  let cached = fromCache(hash);
  if (cached === undefined && !inFlight.has(hash)) {
    await waitForDrawingElsewhere(hash);
    cached = fromCache(hash);
  }
  if (cached !== undefined) {
    if (!state.drawn.has(hash)) state.stats.cached++; // drawn moments ago by this process is not «from the cache»
    return cached;
  }
  let drawing = inFlight.get(hash);
  if (!drawing) {
    drawing = enqueue(async (p) => {
      const started = performance.now();
      const result = await renderInBrowser(p, `mmd-${hash}`, source);
      state.stats.renderMs += performance.now() - started;
      return keep(hash, result);
    }).finally(() => inFlight.delete(hash));
    inFlight.set(hash, drawing);
  }
  const outcome = await drawing;
  if (!outcome.ok) {
    if (outcome.message === UNSAFE_SVG) throw new Error(UNSAFE_SVG);
    throw new MermaidSyntaxError(outcome.message);
  }
  return outcome.svg;
}

/**
 * Starts drawing every diagram that is not cached, split over the page pool, one batch per page.
 * Resolves once every batch is running in the browser, so the caller can go on with synchronous work
 * while Chromium draws; `renderMermaid` for any of these texts then waits for its batch.
 */
export async function startDrawing(sources: string[]): Promise<void> {
  const jobs = [...new Map(sources.map((source) => [diagramHash(source), source])).entries()].filter(([hash]) => !inFlight.has(hash) && fromCache(hash) === undefined);
  if (jobs.length === 0) return;
  const batches = Array.from({ length: Math.min(POOL_SIZE, jobs.length) }, (_, b) => jobs.filter((_, i) => i % POOL_SIZE === b));
  const started = batches.map((batch) => {
    let running!: () => void;
    const isRunning = new Promise<void>((resolve) => (running = resolve));
    const outcomes = enqueue(async (p) => {
      const begun = performance.now();
      try {
        return await renderBatchInBrowser(p, batch.map(([hash, source]) => ({ id: `mmd-${hash}`, source })), running);
      } finally {
        state.stats.renderMs += performance.now() - begun;
        running();
      }
    });
    batch.forEach(([hash], i) => {
      const one = outcomes.then((all) => keep(hash, all[i]!)).finally(() => inFlight.delete(hash));
      one.catch(() => undefined); // a browser failure reaches whoever asks for this diagram
      inFlight.set(hash, one);
    });
    return isRunning;
  });
  await Promise.all(started);
}

/** Checks syntax only (used by `npm run check`); a cached SVG means the text was valid before. */
export async function mermaidProblem(source: string): Promise<string | undefined> {
  try {
    await renderMermaid(source);
    return undefined;
  } catch (error) {
    if (error instanceof MermaidSyntaxError) return error.message;
    throw error;
  }
}

export function renderStats(): RenderStats {
  return { ...state.stats };
}

export async function closeRenderer(): Promise<void> {
  const browser = state.browser;
  state.browser = undefined;
  state.pages = undefined;
  if (browser) await (await browser).close();
}
