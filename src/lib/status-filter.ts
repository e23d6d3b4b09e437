/**
 * The filters of /status/ without JavaScript: every combination of type and status is its own
 * static page, `/status/<type>/<status>/`, with `alle` for no filter (and `/status/` for both).
 */
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from './collections';
import { STATUSES } from './schema';

export const ALL = 'alle';
export type TypeFilter = CollectionName | typeof ALL;
export type StatusFilter = (typeof STATUSES)[number] | typeof ALL;

export const TYPE_FILTERS: TypeFilter[] = [ALL, ...COLLECTION_NAMES];
export const STATUS_FILTERS: StatusFilter[] = [ALL, ...STATUSES];

/** The URL segment of a type filter: the collection's route (`standarder`), or `alle`. */
export const typeSlug = (type: TypeFilter) => (type === ALL ? ALL : COLLECTIONS[type].route);

export function statusFilterUrl(type: TypeFilter, status: StatusFilter): string {
  return type === ALL && status === ALL ? '/status/' : `/status/${typeSlug(type)}/${status}/`;
}

/** Every filter page, the unfiltered /status/ first. */
export function statusFilterPages(): { type: TypeFilter; status: StatusFilter; url: string }[] {
  return TYPE_FILTERS.flatMap((type) => STATUS_FILTERS.map((status) => ({ type, status, url: statusFilterUrl(type, status) })));
}

export function filterRows<T extends { collection: CollectionName; status: string }>(rows: T[], type: TypeFilter, status: StatusFilter): T[] {
  return rows.filter((r) => (type === ALL || r.collection === type) && (status === ALL || r.status === status));
}
