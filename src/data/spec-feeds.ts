import type { CollectionEntry } from 'astro:content';
import type { FeedEntry } from '../lib/atom';
import { itemUrl } from '../lib/collections';
import { absoluteUrl, feedId } from '../lib/site-url';

/** One feed entry per version in a template's changelog. */
export function versionEntries(spec: CollectionEntry<'specs'>, site: URL | string | undefined): FeedEntry[] {
  const page = itemUrl('specs', spec.id);
  const url = absoluteUrl(page, site);
  return spec.data.changelog.map((c) => ({
    id: `${feedId(page, site)}#versjon-${c.version}`,
    title: `${spec.data.title}: versjon ${c.version}`,
    url: `${url}#versjon-${c.version}`,
    updated: c.date,
    summary: [c.summary, c.added.length ? `Nye krav: ${c.added.join(', ')}.` : '', c.changed.length ? `Endrede krav: ${c.changed.join(', ')}.` : '', c.removed.length ? `Fjernede krav: ${c.removed.join(', ')}.` : ''].filter(Boolean).join(' '),
  }));
}
