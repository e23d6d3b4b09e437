/** Template versions as RequirementSets, with reference titles and the absolute page URL when configured. */
import type { CollectionEntry } from 'astro:content';
import { siteData } from './site';
import { itemUrl } from '../lib/collections';
import { specRequirementSet } from '../lib/export/spec-set';
import type { RequirementSet } from '../lib/export/requirement-set';
import type { Requirement } from '../lib/schema';

/** The site's own address, or undefined in a local build (never a placeholder domain). */
export function siteUrl(site: URL | string | undefined): string | undefined {
  return site ? String(site) : undefined;
}

let titles: Promise<Record<string, string>> | undefined;

/** Titles of everything a requirement can cite, built once per build (every download asks). */
export function referenceTitles(): Promise<Record<string, string>> {
  titles ??= siteData().then(({ data }) =>
    Object.fromEntries([
      ...data.principles.map((p) => [`principles/${p.id}`, p.data.title]),
      ...data.standards.map((s) => [`standards/${s.id}`, s.data.title]),
    ]),
  );
  return titles;
}

export async function specSet(
  entry: CollectionEntry<'specs'>,
  requirements: Requirement[],
  site: URL | string | undefined,
  spec: CollectionEntry<'specs'>['data'] = entry.data,
  notice?: string,
): Promise<RequirementSet> {
  const base = siteUrl(site);
  return specRequirementSet({
    id: entry.id,
    spec,
    requirements,
    titles: await referenceTitles(),
    ...(notice ? { notice } : {}),
    ...(base ? { sourceUrl: new URL(itemUrl('specs', entry.id), base).toString() } : {}),
  });
}
