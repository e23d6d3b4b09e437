/**
 * How current an item is (DESIGN.md §9): the years its facts come from, derived from its sources
 * and never typed twice, and whether a reader must be told that the facts may be out of date.
 */
import type { Requirement } from './schema';

export interface YearSpan { from: number; to: number }

/** The year span of an item's facts: the oldest and newest year among its sources. */
export function factsAsOf(sources: readonly { year: number }[]): YearSpan {
  if (sources.length === 0) throw new Error('factsAsOf: an item always has at least one source');
  const years = sources.map((s) => s.year);
  return { from: Math.min(...years), to: Math.max(...years) };
}

/** «2011–2014», or «2014» when all sources are from one year. */
export function formatYears(span: YearSpan): string {
  return span.from === span.to ? String(span.from) : `${span.from}–${span.to}`;
}

/** Sources older than this (in years, counted from the build date) need a notice unless verified since. */
export const STALE_AFTER_YEARS = 5;

/**
 * True when the newest source is more than five years older than the build date and nobody has
 * verified the item against its owner within the last five years.
 */
export function needsCurrencyNotice(
  item: { sources: readonly { year: number }[]; lastVerified?: string },
  buildDate: string,
): boolean {
  const buildYear = Number(buildDate.slice(0, 4));
  if (buildYear - factsAsOf(item.sources).to <= STALE_AFTER_YEARS) return false;
  if (!item.lastVerified) return true;
  const limit = `${buildYear - STALE_AFTER_YEARS}${buildDate.slice(4, 10)}`;
  return item.lastVerified < limit;
}

export interface SkalShare {
  /** Active skal-krav (type `minimum`). */
  minimum: number;
  /** Active requirements (not removed). */
  active: number;
  /** minimum / active, 0 when the template has no active requirements. */
  share: number;
}

/** The share of a template's active requirements that are skal-krav (minimumskrav). */
export function skalShare(requirements: readonly Pick<Requirement, 'type' | 'removedIn'>[]): SkalShare {
  const active = requirements.filter((r) => !r.removedIn);
  const minimum = active.filter((r) => r.type === 'minimum').length;
  return { minimum, active: active.length, share: active.length === 0 ? 0 : minimum / active.length };
}

/** A skal share above this gives a warning in `npm run check`. */
export const SKAL_SHARE_WARNING = 0.5;
