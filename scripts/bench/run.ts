/**
 * `npm run bench`: what a build costs a contributor (phase by phase), what a page and the first
 * search cost a reader, and how both grow with the content — next to a bare Astro + Pagefind
 * baseline and a Starlight site built from the same generated MDX. Writes bench/report.json and
 * bench/report.md. Timings are whole processes, several runs each.
 *
 *   BENCH_SCALES=1,5,10        scales of generated content
 *   BENCH_RUNS=1:3,5:2,10:2    clean builds per scale (a single number for every scale)
 *   BENCH_WARM_RUNS=1:2,5:1,10:2  warm builds per scale (at most the clean runs)
 *   BENCH_STARLIGHT_RUNS=…     Starlight builds of each kind (default: as many as ours, 1 at 10× and up)
 *   BENCH_SEARCH_LOADS=5       fresh page loads for the first search (3 at the largest scale)
 *
 * `npm run bench -- --report` only evaluates the budgets and writes report.md again from report.json.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../content-files';
import { writeBaselineProject } from './baseline';
import { evaluateBudgets } from './budgets';
import { generate } from './generate';
import { measureSite, type PageCost } from './pages';
import { parsePhaseLine, phaseStats } from './phases';
import { toMarkdown } from './report';
import { PRECOMPRESSED } from './serve';
import { round, runsPerScale, stat } from './stats';
import { writeStarlightProject } from './starlight';
import type { BuildTimes, Report, ScaleResult } from './types';

const SCALES = (process.env.BENCH_SCALES ?? '1,5,10').split(',').map(Number);
const RUNS = runsPerScale(process.env.BENCH_RUNS, (scale) => (scale >= 5 ? 2 : 3));
const WARM_RUNS = runsPerScale(process.env.BENCH_WARM_RUNS, (scale) => (scale === 5 ? 1 : 2));
/** Starlight is the slowest of the three: one run of each kind at the largest scale (10× and up). */
const STARLIGHT_RUNS = runsPerScale(process.env.BENCH_STARLIGHT_RUNS, (scale) => (scale >= 10 ? 1 : RUNS(scale)));
const SEARCH_LOADS = Number(process.env.BENCH_SEARCH_LOADS ?? 5);
const outDir = path.resolve(process.env.BENCH_OUT ?? path.join(projectRoot, 'bench'));
/** Every build's output, for reading after a surprising figure (not committed). */
const logDir = path.join(outDir, 'logs');
let work = '';
const npmBin = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const hasGnuTime = existsSync('/usr/bin/time');
const astroBin = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const pagefindBin = path.join(projectRoot, 'node_modules/pagefind/lib/runner/bin.cjs');
const baselineDir = path.join(projectRoot, '.bench-baseline');
const starlightDir = path.join(projectRoot, '.bench-starlight');

interface Timed { seconds: number; peakMb: number | null; log: string }

function timed(command: string, args: string[], env: NodeJS.ProcessEnv, cwd = projectRoot): Timed {
  const started = performance.now();
  const [cmd, argv] = hasGnuTime ? ['/usr/bin/time', ['-f', '__PEAK_KB=%M', command, ...args]] : [command, args];
  const result = spawnSync(cmd, argv, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  const log = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} feilet:\n${log.slice(-3000)}`);
  const peak = /__PEAK_KB=(\d+)/.exec(log);
  return { seconds, peakMb: peak ? Math.round(Number(peak[1]) / 1024) : null, log };
}

/** Seconds spent per stage, in the order the stages first ran. */
const stages = new Map<string, number>();
function inStage<T>(name: string, f: () => T): T {
  const started = performance.now();
  try {
    return f();
  } finally {
    stages.set(name, (stages.get(name) ?? 0) + (performance.now() - started) / 1000);
  }
}
async function inStageAsync<T>(name: string, f: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await f();
  } finally {
    stages.set(name, (stages.get(name) ?? 0) + (performance.now() - started) / 1000);
  }
}

function dirSize(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(path.join(e.parentPath, e.name)).size, 0);
}
const filesIn = (dir: string, ext: string) => (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith(ext));

/** Diagram figures of a build, summed over its phases (the content check and the Astro build). */
function diagramStats(log: string) {
  const all = [...log.matchAll(/\[diagrams\] rendered (\d+), from cache (\d+), browser launched: (yes|no), render time (\d+) ms/g)];
  if (all.length === 0) return null;
  return all.reduce(
    (sum, m) => ({ rendered: sum.rendered + Number(m[1]), cached: sum.cached + Number(m[2]), browserLaunched: sum.browserLaunched || m[3] === 'yes', renderMs: sum.renderMs + Number(m[4]) }),
    { rendered: 0, cached: 0, browserLaunched: false, renderMs: 0 },
  );
}

/** Pagefind's index files that the server passes on as they are: are they really gzip (1f 8b)? */
function notGzipped(pagefindDir: string): { files: number; notGzip: string[] } {
  const files = (readdirSync(pagefindDir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => PRECOMPRESSED.has(path.extname(f)));
  const notGzip = files.filter((f) => {
    const fd = openSync(path.join(pagefindDir, f), 'r');
    const head = Buffer.alloc(2);
    readSync(fd, head, 0, 2, 0);
    closeSync(fd);
    return head[0] !== 0x1f || head[1] !== 0x8b;
  });
  return { files: files.length, notGzip };
}

/** A clean build starts without caches or output: the build cache folder (ours), Astro's cache folder, `.astro/` (peers) and dist. */
function clean(root: string, dist: string, extra: string[] = []) {
  for (const dir of [path.join(root, 'node_modules/.astro'), dist, ...extra]) rmSync(dir, { recursive: true, force: true });
  if (root !== projectRoot) rmSync(path.join(root, '.astro'), { recursive: true, force: true });
}

const times = (runs: Timed[]) => stat(runs.map((t) => t.seconds));
const peak = (runs: Timed[]) => Math.max(0, ...runs.map((t) => t.peakMb ?? 0)) || null;
const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined ? round(a / b) : null);

async function benchScale(scale: number): Promise<{ result: ScaleResult; dist: string }> {
  const content = path.join(work, `content-${scale}`);
  const counts = inStage(`${scale}×: generere innhold`, () => generate(content, scale));
  const runs = RUNS(scale);
  const warmRuns = Math.min(WARM_RUNS(scale), runs);
  const slRuns = Math.min(STARLIGHT_RUNS(scale), runs);
  const slWarm = Math.min(warmRuns, slRuns);
  console.log(`\n[bench] skala ${scale}: ${counts.items} elementer, ${counts.requirements} krav, ${counts.diagrams} diagrammer; ${runs} rene og ${warmRuns} varme bygginger (Starlight ${slRuns} og ${slWarm})`);
  const dist = path.join(work, `dist-${scale}`);
  const cache = path.join(work, `cache-${scale}`);
  const baselineDist = path.join(work, `baseline-${scale}`);
  const starlightDist = path.join(work, `starlight-${scale}`);

  // All the build's caches (diagrams, Astro's data store and incremental pages, search index, check) in one folder per scale.
  const ours = () => timed(npmBin, ['run', '--silent', 'build'], { CONTENT_ROOT: content, DIST_DIR: dist, BUILD_CACHE_DIR: cache, DIAGRAM_CACHE_DIR: path.join(cache, 'diagrams') });
  const baseline = (): Timed => {
    const astro = timed(process.execPath, [astroBin, 'build', '--root', baselineDir], { CONTENT_ROOT: content, DIST_DIR: baselineDist });
    const pf = timed(process.execPath, [pagefindBin, '--site', baselineDist], {});
    return { seconds: astro.seconds + pf.seconds, peakMb: Math.max(astro.peakMb ?? 0, pf.peakMb ?? 0) || null, log: `${astro.log}\n${pf.log}` };
  };
  const starlight = () => timed(process.execPath, [astroBin, 'build', '--root', starlightDir], { CONTENT_ROOT: content, DIST_DIR: starlightDist });

  const builds = { ours: { clean: [] as Timed[], warm: [] as Timed[] }, baseline: { clean: [] as Timed[], warm: [] as Timed[] }, starlight: { clean: [] as Timed[], warm: [] as Timed[] } };
  let starlightError: string | undefined;
  const step = (system: keyof typeof builds, label: string, kind: 'clean' | 'warm', i: number, n: number, build: () => Timed) => {
    if (system === 'starlight' && starlightError) return;
    try {
      const t = inStage(`${scale}×: ${label} ${kind === 'clean' ? 'ren' : 'varm'}`, build);
      builds[system][kind].push(t);
      writeFileSync(path.join(logDir, `${scale}x-${system}-${kind}-${i + 1}.log`), t.log);
      console.log(`[bench]   ${label}, ${kind === 'clean' ? 'ren' : 'varm'} ${i + 1}/${n}: ${t.seconds.toFixed(1)} s`);
    } catch (error) {
      if (system !== 'starlight') throw error;
      starlightError = (error as Error).message.split('\n').slice(0, 12).join(' ').slice(0, 600);
      console.error(`[bench]   Starlight feilet: ${starlightError}`);
    }
  };
  // Interleaved, so that whatever else the machine is doing falls on all three alike.
  for (let i = 0; i < runs; i++) {
    step('ours', 'vår', 'clean', i, runs, () => (clean(projectRoot, dist, [cache]), ours()));
    step('baseline', 'naken Astro', 'clean', i, runs, () => (clean(baselineDir, baselineDist), baseline()));
    if (i < slRuns) step('starlight', 'Starlight', 'clean', i, slRuns, () => (clean(starlightDir, starlightDist), starlight()));
  }
  for (let i = 0; i < warmRuns; i++) {
    step('ours', 'vår', 'warm', i, warmRuns, ours);
    step('baseline', 'naken Astro', 'warm', i, warmRuns, baseline);
    if (i < slWarm) step('starlight', 'Starlight', 'warm', i, slWarm, starlight);
  }

  const o = builds.ours;
  const warmDiagrams = o.warm.map((t) => diagramStats(t.log));
  const peerTimes = (r: { clean: Timed[]; warm: Timed[] }, distDir: string): BuildTimes => ({ clean: times(r.clean), warm: times(r.warm), peakMb: peak([...r.clean, ...r.warm]), distBytes: dirSize(distDir) });
  const baselineTimes = peerTimes(builds.baseline, baselineDist);
  const starlightTimes = starlightError ? null : peerTimes(builds.starlight, starlightDist);
  const result: ScaleResult = {
    scale,
    items: counts.items,
    requirements: counts.requirements,
    pages: filesIn(dist, '.html').length,
    ours: {
      clean: times(o.clean),
      warm: times(o.warm),
      peakMb: peak([...o.clean, ...o.warm]),
      distBytes: dirSize(dist),
      phasesClean: phaseStats(o.clean.map((t) => parsePhaseLine(t.log))),
      phasesWarm: phaseStats(o.warm.map((t) => parsePhaseLine(t.log))),
      warmBrowserLaunched: warmDiagrams.includes(null) ? null : warmDiagrams.some((d) => d!.browserLaunched),
      diagrams: diagramStats(o.clean[0]!.log),
      pagefindBytes: dirSize(path.join(dist, 'pagefind')),
    },
    baseline: baselineTimes,
    starlight: starlightTimes,
    ...(starlightError ? { starlightError } : {}),
    ratios: {
      baselineClean: ratio(times(o.clean)?.median, baselineTimes.clean?.median),
      baselineWarm: ratio(times(o.warm)?.median, baselineTimes.warm?.median),
      starlightClean: ratio(times(o.clean)?.median, starlightTimes?.clean?.median),
      starlightWarm: ratio(times(o.warm)?.median, starlightTimes?.warm?.median),
    },
  };
  if (result.ours.phasesClean === null) console.log('[bench]   (bygget skrev ingen [faser]-linje: fasene vises som «–»)');
  return { result, dist };
}

async function main() {
  const started = performance.now();
  work = mkdtempSync(path.join(tmpdir(), 'kommit-bench-'));
  rmSync(logDir, { recursive: true, force: true });
  mkdirSync(logDir, { recursive: true });
  const load = loadavg().map((l) => round(l));
  writeBaselineProject(baselineDir);
  writeStarlightProject(starlightDir);
  const scales: ScaleResult[] = [];
  let pages: PageCost[] | null = null;
  const search: Report['search'] = [];
  let largestJsFile: Report['largestJsFile'] = null;
  let precompressed: ReturnType<typeof notGzipped> | null = null;
  try {
    for (const scale of SCALES) {
      const { result, dist } = await benchScale(scale);
      scales.push(result);
      const smallest = scale === SCALES[0];
      if (smallest || scale === SCALES.at(-1)) {
        const loads = smallest ? SEARCH_LOADS : Math.min(3, SEARCH_LOADS);
        const site = await inStageAsync(`${scale}×: sider og søk i Chromium`, () => measureSite(dist, { pages: smallest, searchLoads: loads }));
        search.push({ scale, ...site.search });
        if (smallest) {
          pages = site.pages;
          const js = filesIn(dist, '.js').map((f) => ({ path: f, bytes: statSync(path.join(dist, f)).size })).sort((a, b) => b.bytes - a.bytes);
          largestJsFile = js[0] ?? null;
          precompressed = notGzipped(path.join(dist, 'pagefind'));
          if (precompressed.notGzip.length > 0) console.warn(`[bench] Pagefind-filer som serveres som de er, men ikke er gzip: ${precompressed.notGzip.join(', ')}`);
        }
      }
      for (const [name, seconds] of stages) if (name.startsWith(`${scale}×`)) console.log(`[bench] tid, ${name}: ${seconds.toFixed(1)} s`);
    }
  } finally {
    rmSync(baselineDir, { recursive: true, force: true });
    rmSync(starlightDir, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
  const partial = { scales, pages, search, largestJsFile };
  const report: Report = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version, load, loadAtEnd: loadavg().map((l) => round(l)) },
    ...partial,
    pagefindPrecompressed: precompressed,
    budgets: evaluateBudgets(partial),
    stages: [...stages].map(([stage, seconds]) => ({ stage, seconds: round(seconds, 1) })),
    benchSeconds: round((performance.now() - started) / 1000, 1),
  };
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  const md = toMarkdown(report);
  writeFileSync(path.join(outDir, 'report.md'), md);
  console.log(`\n${md}`);
}

/** `npm run bench -- --report`: the budgets and report.md again from report.json (after writing a cause in causes.ts). */
function rerender() {
  const report = JSON.parse(readFileSync(path.join(outDir, 'report.json'), 'utf8')) as Report;
  report.budgets = evaluateBudgets(report);
  writeFileSync(path.join(outDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(path.join(outDir, 'report.md'), toMarkdown(report));
  console.log(`[bench] ${path.join(outDir, 'report.md')} skrevet på nytt fra report.json`);
}

if (process.argv[1]?.endsWith(path.join('bench', 'run.ts'))) {
  if (process.argv.includes('--report')) rerender();
  else main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
