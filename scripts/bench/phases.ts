/**
 * The build's phase line. scripts/build.ts prints, at its end,
 *   [faser] {"check":ms,"contentSync":ms,"mdxCompile":ms,"render":ms,"downloads":ms,"feedsApi":ms,"pagefind":ms,"total":ms}
 * (`downloads` and `feedsApi` are parts of `render`). A key may be missing or null when the build
 * does not know it; a build without the line has no phases (shown as «–»).
 */
import { stat, type Stat } from './stats';

export const PHASE_KEYS = ['check', 'contentSync', 'mdxCompile', 'render', 'downloads', 'feedsApi', 'pagefind', 'total'] as const;
export type PhaseKey = (typeof PHASE_KEYS)[number];

/** Milliseconds per phase; null where the build did not say. */
export type Phases = Record<PhaseKey, number | null>;
/** Seconds per phase over several builds. */
export type PhaseStats = Record<PhaseKey, Stat | null>;

export const PHASE_LABELS: Record<PhaseKey, string> = {
  check: 'Kontroll',
  contentSync: 'Innholdssynk',
  mdxCompile: 'MDX-kompilering',
  render: 'Sider (render)',
  downloads: '– herav nedlastinger',
  feedsApi: '– herav feed og API',
  pagefind: 'Pagefind',
  total: 'Totalt',
};

/** The last `[faser] {…}` line of a build log, or null when there is none or its JSON is not an object. */
export function parsePhaseLine(log: string): Phases | null {
  // Anything may come before the tag on its line (a timestamp, a logger's prefix).
  const lines = [...log.matchAll(/\[faser\][^\S\n]*(\{.*\})[^\S\n]*$/gm)];
  const json = lines.at(-1)?.[1];
  if (!json) return null;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  const value = (key: PhaseKey) => {
    const v = record[key];
    return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null;
  };
  return Object.fromEntries(PHASE_KEYS.map((k) => [k, value(k)])) as Phases;
}

/** Per phase: median and spread in seconds over the builds that reported it; null when no build had phases. */
export function phaseStats(all: (Phases | null)[]): PhaseStats | null {
  const known = all.filter((p): p is Phases => p !== null);
  if (known.length === 0) return null;
  return Object.fromEntries(
    PHASE_KEYS.map((k) => [k, stat(known.map((p) => p[k]).filter((v): v is number => v !== null).map((ms) => ms / 1000))]),
  ) as PhaseStats;
}
