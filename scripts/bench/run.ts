/**
 * `npm run bench`: what a page costs a reader, what a build costs a contributor, and how both grow
 * with the content — next to a bare Astro + Pagefind baseline built from the same MDX bodies.
 * Writes bench/report.json and bench/report.md. Timings are whole processes, several runs each.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../../src/node/browser';
import { projectRoot } from '../content-files';
import { writeBaselineProject } from './baseline';
import { generate } from './generate';

const SCALES = (process.env.BENCH_SCALES ?? '1,5,10').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const work = mkdtempSync(path.join(tmpdir(), 'kommit-bench-'));
const npmBin = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const hasGnuTime = existsSync('/usr/bin/time');
const outDir = path.resolve(process.env.BENCH_OUT ?? path.join(projectRoot, 'bench'));

interface Timed { seconds: number; peakMb: number | null; log: string }

function timed(command: string, args: string[], env: NodeJS.ProcessEnv, cwd = projectRoot): Timed {
  const started = performance.now();
  const full = hasGnuTime ? ['/usr/bin/time', ['-f', '__PEAK_KB=%M', command, ...args]] as const : [command, args] as const;
  const result = spawnSync(full[0], full[1] as string[], { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  const log = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} feilet:\n${log.slice(-3000)}`);
  const peak = /__PEAK_KB=(\d+)/.exec(log);
  return { seconds, peakMb: peak ? Math.round(Number(peak[1]) / 1024) : null, log };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const spread = (values: number[]) => ({ min: Math.min(...values), max: Math.max(...values) });
const round = (n: number, digits = 2) => Number(n.toFixed(digits));

function dirSize(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(path.join(e.parentPath, e.name)).size, 0);
}

/** Diagram figures of a build, summed over its phases (the content check and the Astro build). */
function diagramStats(log: string) {
  const all = [...log.matchAll(/\[diagrams\] rendered (\d+), from cache (\d+), browser launched: (yes|no), render time (\d+) ms/g)];
  if (all.length === 0) return null;
  return all.reduce(
    (sum, m) => ({ rendered: sum.rendered + Number(m[1]), cached: sum.cached + Number(m[2]), browserLaunched: sum.browserLaunched || m[3] === 'yes', renderMs: sum.renderMs + Number(m[4]) }),
    { rendered: 0, cached: 0, browserLaunched: false, renderMs: 0 },
  );
}

function serve(dir: string): Promise<{ server: Server; url: string }> {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm' };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (file.endsWith('/')) file = path.join(file, 'index.html');
    if (!existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address() as { port: number };
    resolve({ server, url: `http://127.0.0.1:${address.port}` });
  }));
}

interface PageCost { page: string; url: string; htmlBytes: number; htmlGzip: number; cssBytes: number; cssGzip: number; jsBytes: number; requests: number }

async function measurePages(dist: string): Promise<{ pages: PageCost[]; search: { query: string; bytes: number; requests: number; results: number } }> {
  const { server, url } = await serve(dist);
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  try {
    const first = (collection: string) => (JSON.parse(readFileSync(path.join(dist, 'api', `${collection}.json`), 'utf8')) as { url: string }[])[0]!.url;
    const targets: [string, string][] = [
      ['Forside', '/'],
      ['Prinsipp', first('principles')],
      ['Standard', first('standards')],
      ['Brukerreise', first('journeys')],
      ['Arbeidsprosess', first('processes')],
      ['Kravspesifikasjon', first('kravspesifikasjoner')],
      ['Veiledning', first('guides')],
      ['Indeksside', '/prinsipper/'],
      ['Søkeside', '/sok/'],
    ];
    const pages: PageCost[] = [];
    for (const [name, target] of targets) {
      const page = await browser.newPage();
      const bodies: { type: string; size: number; gzip: number }[] = [];
      page.on('response', async (response) => {
        try {
          const body = await response.body();
          bodies.push({ type: response.request().resourceType(), size: body.length, gzip: gzipSync(body).length });
        } catch {
          // Redirects and aborted requests have no body.
        }
      });
      await page.goto(`${url}${target}`, { waitUntil: 'load' });
      await page.waitForTimeout(200);
      const sum = (type: string, key: 'size' | 'gzip') => bodies.filter((b) => b.type === type).reduce((n, b) => n + b[key], 0);
      pages.push({
        page: name,
        url: target,
        htmlBytes: sum('document', 'size'),
        htmlGzip: sum('document', 'gzip'),
        cssBytes: sum('stylesheet', 'size'),
        cssGzip: sum('stylesheet', 'gzip'),
        jsBytes: sum('script', 'size'),
        requests: bodies.length,
      });
      await page.close();
    }
    const page = await browser.newPage();
    let bytes = 0;
    let requests = 0;
    page.on('response', async (response) => {
      try {
        bytes += (await response.body()).length;
        requests++;
      } catch {
        // ignore
      }
    });
    const query = 'søknad';
    await page.goto(`${url}/sok/?q=${encodeURIComponent(query)}`);
    await page.locator('pagefind-results .search-result').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(300);
    const results = await page.locator('pagefind-results .search-result').count();
    await page.close();
    return { pages, search: { query, bytes, requests, results } };
  } finally {
    await browser.close();
    server.close();
  }
}

async function main() {
  const started = performance.now();
  const baselineDir = path.join(projectRoot, '.bench-baseline');
  writeBaselineProject(baselineDir);
  const scales = [];
  let pageCosts: Awaited<ReturnType<typeof measurePages>> | undefined;
  for (const scale of SCALES) {
    const content = path.join(work, `content-${scale}`);
    const counts = generate(content, scale);
    console.log(`\n[bench] skala ${scale}: ${counts.items} elementer, ${counts.requirements} krav, ${counts.diagrams} diagrammer`);
    const dist = path.join(work, `dist-${scale}`);
    const cache = path.join(work, `cache-${scale}`);
    const clean: Timed[] = [];
    for (let run = 0; run < RUNS; run++) {
      rmSync(cache, { recursive: true, force: true });
      clean.push(timed(npmBin, ['run', '--silent', 'build'], { CONTENT_ROOT: content, DIST_DIR: dist, DIAGRAM_CACHE_DIR: cache }));
      console.log(`[bench]   ren bygging ${run + 1}/${RUNS}: ${clean.at(-1)!.seconds.toFixed(1)} s`);
    }
    const warm = timed(npmBin, ['run', '--silent', 'build'], { CONTENT_ROOT: content, DIST_DIR: dist, DIAGRAM_CACHE_DIR: cache });
    console.log(`[bench]   varm ombygging: ${warm.seconds.toFixed(1)} s`);
    const pages = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
    const baselineDist = path.join(work, `baseline-${scale}`);
    const baseline: Timed[] = [];
    for (let run = 0; run < RUNS; run++) {
      const astro = timed(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', baselineDir], { CONTENT_ROOT: content, DIST_DIR: baselineDist });
      const pf = timed(process.execPath, [path.join(projectRoot, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', baselineDist], {});
      baseline.push({ seconds: astro.seconds + pf.seconds, peakMb: astro.peakMb, log: '' });
      console.log(`[bench]   grunnlinje ${run + 1}/${RUNS}: ${baseline.at(-1)!.seconds.toFixed(1)} s`);
    }
    const cleanTimes = clean.map((t) => t.seconds);
    const baseTimes = baseline.map((t) => t.seconds);
    const firstDiagrams = diagramStats(clean[0]!.log);
    scales.push({
      scale,
      items: counts.items,
      requirements: counts.requirements,
      pages,
      cleanBuild: { medianSeconds: round(median(cleanTimes)), spread: { min: round(spread(cleanTimes).min), max: round(spread(cleanTimes).max) }, runs: cleanTimes.map((t) => round(t)), peakMb: Math.max(...clean.map((t) => t.peakMb ?? 0)) || null },
      secondsPerItem: round(median(cleanTimes) / counts.items, 4),
      warmRebuild: { seconds: round(warm.seconds), browserLaunched: diagramStats(warm.log)?.browserLaunched ?? null },
      diagrams: firstDiagrams,
      distBytes: dirSize(dist),
      pagefindBytes: dirSize(path.join(dist, 'pagefind')),
      baseline: { medianSeconds: round(median(baseTimes)), spread: { min: round(spread(baseTimes).min), max: round(spread(baseTimes).max) }, peakMb: Math.max(...baseline.map((t) => t.peakMb ?? 0)) || null, distBytes: dirSize(baselineDist) },
      ratioToBaseline: round(median(cleanTimes) / median(baseTimes)),
    });
    if (scale === SCALES[0]) pageCosts = await measurePages(dist);
  }
  rmSync(baselineDir, { recursive: true, force: true });
  const smallest = scales[0]!;
  const largest = scales.at(-1)!;
  const itemGrowth = largest.items / smallest.items;
  const timeGrowth = largest.cleanBuild.medianSeconds / smallest.cleanBuild.medianSeconds;
  const contentPages = pageCosts!.pages.filter((p) => p.page !== 'Søkeside' && p.page !== 'Kravspesifikasjon');
  const typical = pageCosts!.pages.find((p) => p.page === 'Prinsipp')!;
  const largestJs = Math.max(0, ...readdirSync(path.join(work, `dist-${smallest.scale}`), { recursive: true }).filter((f) => String(f).endsWith('.js')).map((f) => statSync(path.join(work, `dist-${smallest.scale}`, String(f))).size));
  const budgets = [
    { budget: 'Innholdssider laster 0 byte JavaScript', value: `${Math.max(...contentPages.map((p) => p.jsBytes))} byte (største)`, met: contentPages.every((p) => p.jsBytes === 0) },
    { budget: 'Typisk innholdsside: HTML + CSS ≤ 60 KB gzip', value: `${round((typical.htmlGzip + typical.cssGzip) / 1024, 1)} KB`, met: typical.htmlGzip + typical.cssGzip <= 60 * 1024 },
    { budget: `Byggetid vokser høyst litt mer enn innholdet (${round(itemGrowth, 1)}× innhold ≤ ${round(itemGrowth * 1.1, 1)}× tid)`, value: `${round(timeGrowth, 2)}× tid`, met: timeGrowth <= itemGrowth * 1.1 },
    { budget: 'Ombygging uten diagramendringer starter ingen nettleser', value: scales.map((s) => (s.warmRebuild.browserLaunched ? 'startet' : 'ingen')).join(', '), met: scales.every((s) => s.warmRebuild.browserLaunched === false) },
    { budget: 'Ingen JavaScript-fil over 200 KB i dist/ (ingen diagram-runtime)', value: `${round(largestJs / 1024, 1)} KB største`, met: largestJs < 200 * 1024 },
  ];
  const report = { date: new Date().toISOString(), machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, runsPerScale: RUNS, scales, pages: pageCosts!.pages, search: pageCosts!.search, budgets, benchSeconds: round((performance.now() - started) / 1000, 1) };
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  const md = toMarkdown(report);
  writeFileSync(path.join(outDir, 'report.md'), md);
  console.log(`\n${md}`);
  rmSync(work, { recursive: true, force: true });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function toMarkdown(r: { date: string; runsPerScale: number; scales: any[]; pages: PageCost[]; search: any; budgets: any[]; benchSeconds: number; machine: any }): string {
  const lines = [
    `# Ytelsesmåling (${r.date.slice(0, 10)}, ${r.machine.cpus} kjerner, Node ${r.machine.node}, ${r.runsPerScale} kjøringer per skala)`,
    '',
    '## Bygg',
    '',
    '| Skala | Elementer | Krav | Sider | Ren bygging, median (min–maks) | Per element | Topp minne | Varm ombygging | Nettleser ved ombygging | Diagrammer tegnet / tid | dist/ | Pagefind-indeks | Grunnlinje, median | Vår/grunnlinje |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...r.scales.map((s) => `| ${s.scale}× | ${s.items} | ${s.requirements} | ${s.pages} | ${s.cleanBuild.medianSeconds} s (${s.cleanBuild.spread.min}–${s.cleanBuild.spread.max}) | ${(s.secondsPerItem * 1000).toFixed(0)} ms | ${s.cleanBuild.peakMb ?? '–'} MB | ${s.warmRebuild.seconds} s | ${s.warmRebuild.browserLaunched ? 'ja' : 'nei'} | ${s.diagrams?.rendered ?? '–'} / ${((s.diagrams?.renderMs ?? 0) / 1000).toFixed(1)} s | ${kb(s.distBytes)} | ${kb(s.pagefindBytes)} | ${s.baseline.medianSeconds} s (${s.baseline.spread.min}–${s.baseline.spread.max}) | ${s.ratioToBaseline}× |`),
    '',
    `Vekst fra ${r.scales[0].scale}× til ${r.scales.at(-1).scale}×: ${(r.scales.at(-1).items / r.scales[0].items).toFixed(1)}× innhold, ${(r.scales.at(-1).cleanBuild.medianSeconds / r.scales[0].cleanBuild.medianSeconds).toFixed(2)}× byggetid.`,
    '',
    `## Hva en side koster leseren (målt i Chromium, skala ${r.scales[0].scale}×)`,
    '',
    '| Side | HTML (rå / gzip) | CSS (rå / gzip) | JavaScript lastet ved åpning | Forespørsler |',
    '|---|---|---|---|---|',
    ...r.pages.map((p) => `| ${p.page} | ${kb(p.htmlBytes)} / ${kb(p.htmlGzip)} | ${kb(p.cssBytes)} / ${kb(p.cssGzip)} | ${p.jsBytes} byte | ${p.requests} |`),
    '',
    `Første søk («${r.search.query}») på søkesiden: ${kb(r.search.bytes)} overført i ${r.search.requests} forespørsler (medregnet selve siden og søkeskriptet), ${r.search.results} treff vist.`,
    '',
    '## Budsjetter (DESIGN.md §7)',
    '',
    '| Budsjett | Målt | Oppfylt |',
    '|---|---|---|',
    ...r.budgets.map((b) => `| ${b.budget} | ${b.value} | ${b.met ? 'ja' : 'NEI'} |`),
    '',
    `Målingen tok ${r.benchSeconds} s.`,
    '',
  ];
  return lines.join('\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
