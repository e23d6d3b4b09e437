/**
 * Runs the whole benchmark at a tiny scale so that it cannot rot unnoticed. It checks that every
 * figure is there — never how fast anything was.
 */
import { expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

it('npm run bench produces every figure at a tiny scale', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'bench-out-'));
  const r = spawnSync('npm', ['run', '--silent', 'bench'], { env: { ...process.env, BENCH_SCALES: '0.1,0.2', BENCH_RUNS: '1', BENCH_WARM_RUNS: '1', BENCH_SEARCH_LOADS: '1', BENCH_OUT: out }, encoding: 'utf8' });
  expect(r.status, `${r.stdout}\n${r.stderr}`.slice(-3000)).toBe(0);
  const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
  expect(report.scales).toHaveLength(2);
  for (const s of report.scales) {
    expect(s.items).toBeGreaterThan(0);
    expect(s.ours.clean.median).toBeGreaterThan(0);
    expect(s.ours.warm.median).toBeGreaterThan(0);
    expect(s.baseline.clean.median).toBeGreaterThan(0);
    expect(s.starlight?.clean?.median, s.starlightError).toBeGreaterThan(0);
    expect(s.ratios.baselineClean).toBeGreaterThan(0);
    expect(s.ratios.starlightWarm).toBeGreaterThan(0);
    // Every phase of the clean build is measured, and the warm build reuses the check.
    for (const phase of ['check', 'contentSync', 'mdxCompile', 'render', 'downloads', 'pagefind', 'total']) expect(s.ours.phasesClean[phase]?.median, phase).toBeGreaterThanOrEqual(0);
    expect(s.ours.phasesWarm.check.median).toBeLessThan(s.ours.phasesClean.check.median);
    expect(s.ours.warmBrowserLaunched).toBe(false);
    expect(s.ours.diagrams.rendered).toBeGreaterThan(0);
    expect(s.ours.pagefindBytes).toBeGreaterThan(0);
  }
  expect(report.pages.map((p: { page: string }) => p.page)).toContain('Søkeside');
  expect(report.search[0].total.wire.median).toBeGreaterThan(0);
  expect(report.search[0].firstResultMs.median).toBeGreaterThan(0);
  expect(report.budgets.length).toBeGreaterThanOrEqual(10);
  expect(report.budgets.every((b: { met: boolean | null }) => b.met !== undefined)).toBe(true);
  expect(readFileSync(path.join(out, 'report.md'), 'utf8')).toContain('| Budsjett | Målt | Oppfylt |');
  // Generous: a guard against a hang, not a speed check (the test machine is shared and often loaded).
}, 900_000);
