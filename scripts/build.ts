/**
 * `npm run build`: check the content, then build the site — atomically.
 *
 * The site is built into a temporary folder next to `dist/` and swapped in only when the check,
 * Astro (pages and downloads) and the search index have all succeeded. An interrupted build
 * (Ctrl+C, SIGTERM) removes its temporary folder and leaves the previous `dist/` as it was; a failed
 * check or build removes `dist/`, so an old build can never pass for a fresh one. A lock file
 * refuses a second build of the same checkout while one is running.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { lastCheckFromCache, runCheck, formatProblems } from './check';
import { projectRoot } from './content-files';
import { isError } from '../src/lib/problem';
import { buildSearchIndex } from './search-index';
import { mergeStylesheets } from './merge-stylesheets';
import { acquireBuildLock, type BuildLock } from './build-lock';
import { chromiumProblem } from '../src/node/browser';
import { cachePath } from '../src/node/build-cache';
import { PREFETCH_DIGEST_FILE } from '../src/node/download-pool';
import { astroPhases, formatPhases, type BuildPhases, type TimedLine } from '../src/lib/build-phases';

const dist = path.resolve(projectRoot, process.env.DIST_DIR ?? 'dist');
// Fixed names (the lock makes them private to this build): Astro's content cache is keyed on its
// config, outDir included, and a new name per build would empty that cache every time.
const staging = path.join(path.dirname(dist), `.${path.basename(dist)}.bygger`);
const previous = path.join(path.dirname(dist), `.${path.basename(dist)}.forrige`);
/** Exists while the check draws diagrams: Astro's pages wait for the check's drawings instead of drawing them again. */
const diagramMarker = `${staging}.diagrammer`;
/** Astro's content data store: a build killed while writing it must not poison the next one. */
const DATA_STORES = [path.join(cachePath('astro'), 'data-store.json'), path.join(projectRoot, '.astro/data-store.json')];
/**
 * The incremental page cache's manifest says which stored page copies belong to which input. A build
 * that stops half-way may have replaced some copies without writing a new manifest; the marker file
 * (present only while Astro runs) makes the next build throw that manifest away and render everything.
 */
const INCREMENTAL_MANIFEST = path.join(cachePath('astro'), 'incremental-build.json');
const ASTRO_RUNNING_MARKER = path.join(cachePath('astro'), '.bygger');
// Without the manifest every page is rendered again: the downloads are then made ahead (src/node/download-pool.ts).
const forgetAstroCache = () => [...DATA_STORES, INCREMENTAL_MANIFEST, PREFETCH_DIGEST_FILE].forEach((file) => rmSync(file, { force: true }));

let lock: BuildLock | undefined;
let child: ChildProcess | undefined;
let astroRunning = false;

function cleanUp() {
  rmSync(staging, { recursive: true, force: true });
  rmSync(diagramMarker, { force: true });
  // The swap is two renames in one synchronous step; if anything stopped between them, put the old site back.
  if (existsSync(previous) && !existsSync(dist)) renameSync(previous, dist);
  rmSync(previous, { recursive: true, force: true });
  if (astroRunning) forgetAstroCache();
  lock?.release();
  lock = undefined;
}

function stop(message: string, code: number, removeDist: boolean): never {
  cleanUp();
  if (removeDist) rmSync(dist, { recursive: true, force: true });
  console.error(message);
  process.exit(code);
}

let interrupted: NodeJS.Signals | undefined;
const stopInterrupted = (): never =>
  stop(`\nBygget ble avbrutt (${interrupted}). ${existsSync(dist) ? 'Forrige dist/ er urørt.' : 'Ingen dist/ ble laget.'}`, interrupted === 'SIGINT' ? 130 : 143, false);

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = signal;
    // Let Astro stop first, so nothing writes into the temporary folder after it is removed.
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill(signal);
      setTimeout(() => child?.kill('SIGKILL'), 10_000).unref();
      return;
    }
    stopInterrupted();
  });
}

const acquired = acquireBuildLock(projectRoot);
if ('refused' in acquired) {
  console.error(acquired.refused);
  process.exit(1);
}
lock = acquired;
rmSync(staging, { recursive: true, force: true });

// Diagrams need a browser: say so once, before any page tries to draw one.
const browser = chromiumProblem();
if (browser) stop(`Bygget stoppet: ${browser}`, 1, true);

/** A helper process (Chromium, Pagefind) killed by the same Ctrl+C fails before our handler runs: that is an interruption, not a failure. */
async function failedOrInterrupted(message: string): Promise<never> {
  await new Promise((resolve) => setTimeout(resolve, 300));
  if (interrupted) stopInterrupted();
  return stop(message, 1, true);
}

const buildStarted = performance.now();
const phases: BuildPhases = { check: null, contentSync: null, mdxCompile: null, render: null, downloads: null, feedsApi: null, pagefind: null, total: null };

/** Astro's output, with the moment each line arrived (for the phases); held back until the check has passed. */
const astroLines: TimedLine[] = [];
let held: { to: NodeJS.WriteStream; chunk: string }[] | undefined = [];
function passThrough(stream: NodeJS.ReadableStream | null, to: NodeJS.WriteStream) {
  let pending = '';
  stream?.setEncoding('utf8');
  stream?.on('data', (chunk: string) => {
    if (held) held.push({ to, chunk });
    else to.write(chunk);
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    const at = performance.now();
    for (const line of lines) astroLines.push({ at, line });
  });
}
const showAstroOutput = () => {
  for (const { to, chunk } of held ?? []) to.write(chunk);
  held = undefined;
};

/**
 * Astro runs while the content is checked: the check only reads the content (and draws its diagrams
 * into the cache, see DIAGRAMS_DRAWN_BY in src/node/mermaid.ts), so the build does not wait for it.
 * Astro builds into the temporary folder, which is used only when the check has passed.
 */
function startAstro(label: string, args: string[]) {
  const started = performance.now();
  if (existsSync(ASTRO_RUNNING_MARKER)) forgetAstroCache();
  mkdirSync(path.dirname(ASTRO_RUNNING_MARKER), { recursive: true });
  writeFileSync(ASTRO_RUNNING_MARKER, String(process.pid));
  astroRunning = true;
  child = spawn(process.execPath, args, {
    cwd: projectRoot,
    stdio: ['inherit', 'pipe', 'pipe'],
    env: { ...process.env, DIST_DIR: staging, DIAGRAMS_DRAWN_BY: diagramMarker, DOWNLOAD_PREFETCH: '1' },
  });
  passThrough(child.stdout, process.stdout);
  passThrough(child.stderr, process.stderr);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child!.on('exit', (code, signal) => resolve({ code, signal })));
  return {
    exited,
    /** After a successful exit: the phases from Astro's output, and the marker removed. */
    finish() {
      astroRunning = false;
      rmSync(ASTRO_RUNNING_MARKER, { force: true });
      Object.assign(phases, astroPhases(astroLines, started, performance.now()));
      console.log(`[build] ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    },
    /** Stops Astro when the check has failed; the half-built folder and Astro's cache are then thrown away. */
    async stop() {
      if (child && child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        setTimeout(() => child?.kill('SIGKILL'), 10_000).unref();
        await exited;
      }
    },
  };
}

writeFileSync(diagramMarker, String(process.pid));
// A larger young generation: rendering makes many short-lived strings, and the default size spends
// about a tenth of the build in the garbage collector (measured with --cpu-prof at 10× content).
const astro = startAstro('astro build', ['--max-semi-space-size=64', path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build']);
astro.exited.then(() => interrupted && stopInterrupted());

let problems: Awaited<ReturnType<typeof runCheck>> = [];
let checkFailure: Error | undefined;
try {
  problems = await runCheck();
} catch (error) {
  checkFailure = error as Error;
} finally {
  rmSync(diagramMarker, { force: true });
}
phases.check = Math.round(performance.now() - buildStarted);
if (checkFailure) {
  await astro.stop();
  await failedOrInterrupted(`Kontrollen stoppet uventet: ${checkFailure.message}. Ingen dist/ ble laget.`);
}
// The check draws the Mermaid diagrams written in MDX (to test their syntax); the build then reads them from the cache.
if (lastCheckFromCache()) {
  console.log('[build] innholdskontrollen: innholdet er uendret siden forrige kontroll, resultatet er hentet fra bufferen');
} else {
  const checked = (await import('../src/node/mermaid')).renderStats();
  console.log(`[diagrams] rendered ${checked.rendered}, from cache ${checked.cached}, browser launched: ${checked.browserLaunched ? 'yes' : 'no'}, render time ${Math.round(checked.renderMs)} ms (innholdskontrollen)`);
}
if (problems.some(isError)) {
  await astro.stop();
  console.error(formatProblems(problems));
  stop('\nBygget stoppet: rett problemene over og prøv igjen. Ingen dist/ ble laget.', 1, true);
}
// Warnings (such as a high skal share) are printed but do not stop the build.
if (problems.length > 0) console.warn(formatProblems(problems));

showAstroOutput();
const { code, signal } = await astro.exited;
if (interrupted) stopInterrupted();
if (code !== 0) stop(`\nBygget stoppet under «astro build»${signal ? ` (${signal})` : ''}. Ingen dist/ ble laget.`, code ?? 1, !signal);
astro.finish();

// One stylesheet per page (scripts/merge-stylesheets.ts), before the index so it reads the pages as they ship.
try {
  const started = Date.now();
  const s = mergeStylesheets(staging);
  console.log(`[build] stilark: ${s.mergedPages} av ${s.pages} sider lenker nå ett stilark i stedet for flere (${s.files} sammenslåtte filer, ${s.removed} ubrukte fjernet), ${Date.now() - started} ms`);
} catch (error) {
  await failedOrInterrupted(`Bygget stoppet under sammenslåingen av stilark: ${(error as Error).message}. Ingen dist/ ble laget.`);
}

const indexed = Date.now();
try {
  const counts = await buildSearchIndex(staging);
  phases.pagefind = Date.now() - indexed;
  console.log(`[build] søkeindeks (Pagefind): ${counts.pages} sider og ${counts.requirements} krav, ${counts.fromCache ? 'uendret, kopiert fra bufferen' : 'indeksert'}, ${((Date.now() - indexed) / 1000).toFixed(1)} s`);
} catch (error) {
  await failedOrInterrupted(`Bygget stoppet under søkeindekseringen: ${(error as Error).message}. Ingen dist/ ble laget.`);
}

// Swap: the new site replaces the old in two renames, with no await between them.
if (existsSync(dist)) renameSync(dist, previous);
renameSync(staging, dist);
cleanUp();
phases.total = Math.round(performance.now() - buildStarted);
console.log(formatPhases(phases));
console.log(`[build] ferdig: ${path.relative(process.cwd(), dist) || dist}`);
process.exit(0);
