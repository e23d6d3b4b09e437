import { describe, expect, it } from 'vitest';
import { astroPhases, formatPhases, parsePhases, type BuildPhases } from '../../src/lib/build-phases';
import { unionLength } from '../../src/lib/intervals';

describe('unionLength', () => {
  it('counts overlapping work once', () => {
    expect(unionLength([{ start: 0, end: 10 }, { start: 5, end: 15 }, { start: 20, end: 25 }])).toBe(20);
  });
  it('handles nested, unsorted and empty intervals', () => {
    expect(unionLength([{ start: 30, end: 40 }, { start: 0, end: 100 }, { start: 50, end: 50 }])).toBe(100);
    expect(unionLength([])).toBe(0);
  });
});

describe('build phases', () => {
  const lines = [
    { at: 1200, line: '10:00:01 [content] Synced content' },
    { at: 2000, line: '10:00:02 [build] Building static entrypoints...' },
    { at: 6000, line: ' generating static routes ' },
    { at: 9000, line: '[fase-deler] {"downloads":{"ms":1500,"files":12},"feedsApi":{"ms":30,"files":4}}' },
  ];
  it('reads the phases of an Astro run from its timed lines', () => {
    expect(astroPhases(lines, 500, 9500)).toEqual({ contentSync: 1500, mdxCompile: 4000, render: 3500, downloads: 1500, feedsApi: 30 });
  });
  it('leaves a phase unknown when its marker is missing', () => {
    expect(astroPhases(lines.slice(0, 1), 500, 9500)).toEqual({ contentSync: null, mdxCompile: null, render: null, downloads: null, feedsApi: null });
  });
  it('round-trips the [faser] line through a build log', () => {
    const phases: BuildPhases = { check: 1, contentSync: 2, mdxCompile: 3, render: 4, downloads: 1, feedsApi: null, pagefind: 5, total: 15 };
    expect(parsePhases(`noe\n${formatPhases(phases)}\n[build] ferdig: dist\n`)).toEqual(phases);
    expect(parsePhases('ingen faser her')).toBeNull();
  });
});
