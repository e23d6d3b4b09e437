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
  const r = spawnSync('npm', ['run', '--silent', 'bench'], { env: { ...process.env, BENCH_SCALES: '0.1,0.2', BENCH_RUNS: '1', BENCH_OUT: out }, encoding: 'utf8' });
  expect(r.status, `${r.stdout}\n${r.stderr}`.slice(-3000)).toBe(0);
  const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
  expect(report.scales).toHaveLength(2);
  for (const s of report.scales) {
    expect(s.items).toBeGreaterThan(0);
    expect(s.cleanBuild.medianSeconds).toBeGreaterThan(0);
    expect(s.baseline.medianSeconds).toBeGreaterThan(0);
    expect(s.ratioToBaseline).toBeGreaterThan(0);
    expect(s.warmRebuild.browserLaunched).toBe(false);
    expect(s.diagrams.rendered).toBeGreaterThan(0);
    expect(s.pagefindBytes).toBeGreaterThan(0);
  }
  expect(report.pages.map((p: { page: string }) => p.page)).toEqual(['Forside', 'Prinsipp', 'Standard', 'Brukerreise', 'Arbeidsprosess', 'Kravspesifikasjon', 'Veiledning', 'Indeksside', 'Søkeside']);
  expect(report.search.bytes).toBeGreaterThan(0);
  expect(report.budgets.length).toBeGreaterThanOrEqual(5);
  expect(readFileSync(path.join(out, 'report.md'), 'utf8')).toContain('| Budsjett | Målt | Oppfylt |');
  // Generous: a guard against a hang, not a speed check (the test machine is shared and often loaded).
}, 900_000);
