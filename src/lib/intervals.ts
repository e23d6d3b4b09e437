/** Time intervals: how long at least one of several overlapping tasks was running. */

export interface Interval { start: number; end: number }

/** The length of the union of the intervals (overlaps counted once), in the intervals' unit. */
export function unionLength(intervals: readonly Interval[]): number {
  const sorted = [...intervals].filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  let total = 0;
  let from = -Infinity;
  let to = -Infinity;
  for (const { start, end } of sorted) {
    if (start > to) {
      if (to > from) total += to - from;
      from = start;
      to = end;
    } else if (end > to) {
      to = end;
    }
  }
  if (to > from) total += to - from;
  return total;
}
