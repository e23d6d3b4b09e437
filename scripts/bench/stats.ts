/** Small statistics for the benchmark: every median keeps its runs and its min–max spread. */

export interface Stat {
  median: number;
  min: number;
  max: number;
  /** Every measured value, in the order measured. */
  runs: number[];
}

export const round = (n: number, digits = 2): number => Number(n.toFixed(digits));

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A Stat over the values (rounded to `digits`), or null when there are none. */
export function stat(values: number[], digits = 2): Stat | null {
  if (values.length === 0) return null;
  return { median: round(median(values), digits), min: round(Math.min(...values), digits), max: round(Math.max(...values), digits), runs: values.map((v) => round(v, digits)) };
}

/** `12.3 (11.9–12.8)`; one run shows only its value, a missing figure shows «–». */
export function formatStat(s: Stat | null | undefined, unit = '', digits = 1): string {
  if (!s) return '–';
  const f = (n: number) => n.toFixed(digits);
  return s.runs.length > 1 && s.min !== s.max ? `${f(s.median)}${unit} (${f(s.min)}–${f(s.max)})` : `${f(s.median)}${unit}`;
}

/** `3` (every scale) or `1:3,5:3,10:2`; scales not named get `fallback`. */
export function runsPerScale(spec: string | undefined, fallback: (scale: number) => number): (scale: number) => number {
  if (!spec) return fallback;
  if (/^\d+$/.test(spec.trim())) return () => Number(spec);
  const map = new Map(spec.split(',').map((part) => part.split(':').map(Number) as [number, number]));
  return (scale) => map.get(scale) ?? fallback(scale);
}
