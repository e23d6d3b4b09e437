/** Download of each journey variant's diagram: the same SVG as on the page. */
import { withCacheKey } from '../../../data/build-digest';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { siteData } from '../../../data/site';
import { journeySvg } from '../../../lib/journey-svg';
import { VARIANT_LABELS } from '../../../lib/labels';
import { timePhase } from '../../../node/phase-timer';
// Office files are zipped with zlib in Node's thread pool while pages render.
import '../../../node/zip';

type Entry = CollectionEntry<'journeys'>;

export const getStaticPaths: GetStaticPaths = async () => {
  const { data } = await siteData();
  return withCacheKey(data.journeys.flatMap((entry) =>
    entry.data.variants.map((variant) => ({ params: { id: entry.id, file: `${entry.id}-${variant.variant}.svg` }, props: { entry, variant } })),
  ));
};

const respond: APIRoute = ({ props }) => {
  const { entry, variant } = props as { entry: Entry; variant: Entry['data']['variants'][number] };
  const svg = journeySvg(variant, { idPrefix: variant.variant, title: `${entry.data.title}, ${VARIANT_LABELS[variant.variant].toLowerCase()} reise` });
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, { headers: { 'Content-Type': 'image/svg+xml' } });
};

export const GET: APIRoute = (context) => timePhase('downloads', async () => respond(context));
