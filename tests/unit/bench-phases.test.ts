import { describe, expect, it } from 'vitest';
import { parsePhaseLine, phaseStats } from '../../scripts/bench/phases';
import { formatPhases } from '../../src/lib/build-phases';

const sample = '[faser] {"check":1234,"contentSync":500,"mdxCompile":2100.5,"render":8000,"downloads":1500,"feedsApi":300,"pagefind":900,"total":12800}';

describe('parsePhaseLine', () => {
  it('reads the milliseconds of every phase from the build log', () => {
    const log = `[build] astro build: 9.1 s\n${sample}\n[build] ferdig: dist\n`;
    expect(parsePhaseLine(log)).toEqual({ check: 1234, contentSync: 500, mdxCompile: 2100.5, render: 8000, downloads: 1500, feedsApi: 300, pagefind: 900, total: 12800 });
  });
  it('reads the line exactly as scripts/build.ts writes it', () => {
    const phases = { check: 1, contentSync: 2, mdxCompile: 3, render: 4, downloads: 1, feedsApi: null, pagefind: 5, total: 15 };
    expect(parsePhaseLine(`[build] astro build: 1 s\n${formatPhases(phases)}\n[build] ferdig: dist\n`)).toEqual(phases);
  });
  it('gives no phases when the build printed no line (an older build)', () => {
    expect(parsePhaseLine('[build] ferdig: dist\n')).toBeNull();
  });
  it('treats missing, null and non-numeric keys as unknown, and ignores extra keys', () => {
    const phases = parsePhaseLine('[faser] {"check":10,"render":null,"pagefind":"fast","total":-1,"extra":5}');
    expect(phases).toMatchObject({ check: 10, render: null, pagefind: null, total: null, mdxCompile: null });
    expect(phases).not.toHaveProperty('extra');
  });
  it('takes the last line, tolerates surrounding spaces and a Windows line end, allows a prefix such as a timestamp, and rejects broken JSON', () => {
    expect(parsePhaseLine('[faser] {"total":1}\n  [faser]  {"total":2}  \r\n')?.total).toBe(2);
    expect(parsePhaseLine('[faser] {"total":1')).toBeNull();
    expect(parsePhaseLine('[faser] [1,2]')).toBeNull();
    expect(parsePhaseLine('10:42:56 [faser] {"total":3}')?.total).toBe(3);
  });
});

describe('phaseStats', () => {
  it('gives median and spread in seconds per phase over the builds that reported it', () => {
    const a = parsePhaseLine('[faser] {"check":1000,"total":10000}');
    const b = parsePhaseLine('[faser] {"check":3000,"total":12000}');
    const c = parsePhaseLine('[faser] {"check":2000,"total":11000,"render":4000}');
    const stats = phaseStats([a, b, c, null])!;
    expect(stats.check).toEqual({ median: 2, min: 1, max: 3, runs: [1, 3, 2] });
    expect(stats.render).toEqual({ median: 4, min: 4, max: 4, runs: [4] });
    expect(stats.pagefind).toBeNull();
    expect(phaseStats([null, null])).toBeNull();
  });
});
