/**
 * How long the build spends on derived files (downloads, feeds and the JSON API) while Astro
 * renders pages. Astro renders several routes at once, so each phase is the time during which at
 * least one of its files was being made, not the sum. The state lives on globalThis because Astro
 * loads this module both in its config (which prints the figures) and in the page bundle.
 */
import { unionLength, type Interval } from '../lib/intervals.ts';

export type RenderPhase = 'downloads' | 'feedsApi';

const KEY = Symbol.for('kommit.phase-timer');
const globalState = globalThis as unknown as Record<symbol, Record<RenderPhase, Interval[]> | undefined>;
const state = (globalState[KEY] ??= { downloads: [], feedsApi: [] });

export async function timePhase<T>(phase: RenderPhase, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    state[phase].push({ start, end: performance.now() });
  }
}

/** Milliseconds per phase so far, and how many files each made. */
export function phaseTimes(): Record<RenderPhase, { ms: number; files: number }> {
  return {
    downloads: { ms: Math.round(unionLength(state.downloads)), files: state.downloads.length },
    feedsApi: { ms: Math.round(unionLength(state.feedsApi)), files: state.feedsApi.length },
  };
}
