import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../collections';

/** The one content file of the benefit tools (not a collection of items). */
export const BENEFIT_BASE_FILE = 'tools/gevinstgrunnlag.yaml';

/** Which collection the build reads a file into — undefined when the build would ignore it. */
export const collectionFor = (relative: string): CollectionName | 'requirements' | 'tools' | undefined => {
  if (relative === BENEFIT_BASE_FILE) return 'tools';
  if (/^specs\/[^/]+\/requirements\.yaml$/.test(relative)) return 'requirements';
  if (/^specs\/[^/]+\/index\.mdx$/.test(relative)) return 'specs';
  const parts = relative.split('/');
  if (parts.length !== 2 || !parts[1]!.endsWith('.mdx')) return undefined;
  return COLLECTION_NAMES.find((c) => COLLECTIONS[c].pattern.split('/')[0] === parts[0] && COLLECTIONS[c].pattern.endsWith('*.mdx'));
};

/** Text files the check reads; anything else under the content root is an asset (image, PDF …). */
export const isContentText = (relative: string) => /\.(mdx?|markdown|ya?ml)$/i.test(relative);
