import { describe, expect, it } from 'vitest';
import { evaluateBudgets } from '../../scripts/bench/budgets';
import { parsePhaseLine, phaseStats } from '../../scripts/bench/phases';
import { table, toMarkdown } from '../../scripts/bench/report';
import type { Report } from '../../scripts/bench/types';
import { input, scale } from './bench-fixture';
import { formatStat, median, runsPerScale, stat } from '../../scripts/bench/stats';

describe('table', () => {
  it('renders a Markdown table with a separator row', () => {
    expect(table(['A', 'B'], [['1', '2'], ['3', '4']])).toBe('| A | B |\n| --- | --- |\n| 1 | 2 |\n| 3 | 4 |');
  });
  it('escapes pipes and line breaks inside cells', () => {
    expect(table(['x'], [['a|b\nc']])).toBe('| x |\n| --- |\n| a\\|b c |');
  });
  it('renders a table without rows as its header', () => {
    expect(table(['x', 'y'], [])).toBe('| x | y |\n| --- | --- |');
  });
});

describe('stats', () => {
  it('median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
  it('keeps runs and spread, and shows the spread only when there is one', () => {
    expect(stat([12.34, 11.9, 12.8])).toEqual({ median: 12.34, min: 11.9, max: 12.8, runs: [12.34, 11.9, 12.8] });
    expect(formatStat(stat([12.34, 11.9, 12.8]), ' s')).toBe('12.3 s (11.9–12.8)');
    expect(formatStat(stat([5]), ' s')).toBe('5.0 s');
    expect(formatStat(null)).toBe('–');
    expect(stat([])).toBeNull();
  });
  it('reads runs per scale as one number or a list', () => {
    const fallback = (scale: number) => (scale >= 10 ? 2 : 3);
    expect(runsPerScale(undefined, fallback)(10)).toBe(2);
    expect(runsPerScale('1', fallback)(10)).toBe(1);
    const list = runsPerScale('1:4,10:1', fallback);
    expect([list(1), list(5), list(10)]).toEqual([4, 3, 1]);
  });
});

describe('toMarkdown', () => {
  const measured = input({ scales: [scale(1, [10, 6], [4, 3], [8, 7]), scale(10, [60, 12], [20, 10], [70, 50])] });
  measured.scales[1]!.ours.phasesClean = phaseStats([parsePhaseLine('[faser] {"check":2000,"render":30000,"total":55000}'), parsePhaseLine('[faser] {"check":3000,"render":32000,"total":58000}')]);
  const report: Report = {
    date: '2026-12-01T10:00:00.000Z', machine: { cpus: 2, node: 'v22.23.3', load: [1, 2, 3] }, ...measured, pagefindPrecompressed: { files: 3, notGzip: [] },
    budgets: evaluateBudgets(measured, {}), stages: [{ stage: '1×: vår ren', seconds: 10 }], benchSeconds: 600,
  };
  const md = toMarkdown(report);
  it('shows the phases with their spread, «–» for phases not reported, and the wall time', () => {
    expect(md).toContain('| 10× | 2.5 s (2.0–3.0) | – | – | 31.0 s (30.0–32.0) | – | – | – | 56.5 s (55.0–58.0) | 60.0 s |');
    expect(md).toContain('| 1× | – | – | – | – | – | – | – | – | 10.0 s |');
  });
  it('prints a failed budget with its value and the missing cause', () => {
    expect(md).toMatch(/\| Ren bygging ved 10× ≤ 2,5× naken Astro \(ren\) \| 60\.0 s = 3\.00× naken Astro \(20\.0 s\) \| \*\*NEI\*\* \| \*Årsak ikke beskrevet ennå/);
    expect(md).toContain('| **Hele målingen** | **600.0** |');
  });
});
