/**
 * Currency of the published items for pages: what replaced an item, and one row per item for
 * /status/. The rules themselves are pure, in src/lib/currency.ts.
 */
import { siteData } from './site';
import { COLLECTIONS, COLLECTION_NAMES, itemUrl, type CollectionName } from '../lib/collections';
import { factsAsOf, needsCurrencyNotice, type YearSpan } from '../lib/currency';
import type { STATUSES } from '../lib/schema';

/** The date the site is built: the notices compare the sources with it. */
export const BUILD_DATE = new Date().toISOString().slice(0, 10);

export type Status = (typeof STATUSES)[number];
export interface Superseded { id?: string; name?: string; url?: string }
export interface Replacement { title: string; url: string; internal: boolean }
export interface CurrencyInput {
  status: Status;
  sources: { year: number }[];
  lastVerified?: string;
  supersededBy?: Superseded;
}

type Entry = { id: string; data: CurrencyInput & { title: string } };

/** The item (same collection first) or the named public source that replaced an item. */
export async function replacementOf(by: Superseded | undefined, preferred?: CollectionName): Promise<Replacement | undefined> {
  if (!by) return undefined;
  if (by.id) {
    const { data } = await siteData();
    const order = preferred ? [preferred, ...COLLECTION_NAMES.filter((c) => c !== preferred)] : COLLECTION_NAMES;
    for (const collection of order) {
      const found = (data[collection] as Entry[]).find((e) => e.id === by.id);
      if (found) return { title: found.data.title, url: itemUrl(collection, found.id), internal: true };
    }
  }
  return by.name && by.url ? { title: by.name, url: by.url, internal: false } : undefined;
}

export const noticeNeeded = (item: CurrencyInput) => needsCurrencyNotice(item, BUILD_DATE);

export interface StatusRow {
  collection: CollectionName;
  type: string;
  id: string;
  title: string;
  url: string;
  status: Status;
  factsAsOf: YearSpan;
  lastVerified?: string;
  replacement?: Replacement;
  notice: boolean;
}

let rowsCache: Promise<StatusRow[]> | undefined;

/** Every published item, grouped by type in the order of the collections, then by title (once per build). */
export function statusRows(): Promise<StatusRow[]> {
  rowsCache ??= loadRows();
  return rowsCache;
}

async function loadRows(): Promise<StatusRow[]> {
  const { data } = await siteData();
  const rows: StatusRow[] = [];
  for (const collection of COLLECTION_NAMES) {
    for (const entry of data[collection] as Entry[]) {
      const d = entry.data;
      rows.push({
        collection,
        type: COLLECTIONS[collection].label,
        id: entry.id,
        title: d.title,
        url: itemUrl(collection, entry.id),
        status: d.status,
        factsAsOf: factsAsOf(d.sources),
        lastVerified: d.lastVerified,
        replacement: await replacementOf(d.supersededBy, collection),
        notice: noticeNeeded(d),
      });
    }
  }
  return rows;
}
