/** Shapes the machine-readable API (`/api/<collection>.json`) from the same data as the pages. */
import { itemUrl, type CollectionName } from './collections';
import { backlinksTo, type Edge } from './graph';
import { factsAsOf } from './currency';

/** Collections published as `/api/<collection>.json` (specs have their own endpoint with downloads). */
export const API_COLLECTIONS: CollectionName[] = ['principles', 'standards', 'journeys', 'processes', 'guides', 'strategy'];

export interface ApiItem {
  id: string;
  title: string;
  url: string;
  [field: string]: unknown;
}

/**
 * An item's typed fields (with `status`, and `lastVerified`/`supersededBy` where set), the years of
 * its facts derived from its sources (`factsAsOf`), its URL and the ids of everything that cites it.
 */
export function apiItem(collection: CollectionName, id: string, data: Record<string, unknown>, edges: Edge[]): ApiItem {
  const citedBy: Record<string, string[]> = {};
  for (const [kind, links] of backlinksTo(edges, collection, id)) citedBy[kind] = links.map((l) => l.id);
  return { ...data, id, title: String(data.title), status: data.status, factsAsOf: factsAsOf(data.sources as { year: number }[]), url: itemUrl(collection, id), citedBy };
}
