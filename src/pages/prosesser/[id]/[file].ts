/** Downloads of each process variant: the SVG drawn on the page, its Mermaid source and BPMN 2.0. */
import { withCacheKey } from '../../../data/build-digest';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { siteData } from '../../../data/site';
import { processBpmn } from '../../../lib/bpmn';
import { layoutProcess } from '../../../lib/lane-layout';
import { processMermaid } from '../../../lib/process';
import { processSvg } from '../../../lib/process-svg';
import { VARIANT_LABELS } from '../../../lib/labels';
import { itemUrl } from '../../../lib/collections';
import type { ProcessFile } from '../../../lib/diagram-files';
import { timePhase } from '../../../node/phase-timer';
// Office files are zipped with zlib in Node's thread pool while pages render.
import '../../../node/zip';

export const getStaticPaths: GetStaticPaths = async () => {
  const { data } = await siteData();
  return withCacheKey(data.processes.flatMap((entry) =>
    entry.data.variants.flatMap((variant) =>
      (['svg', 'mmd', 'bpmn'] as const).map((ext) => ({
        params: { id: entry.id, file: `${entry.id}-${variant.variant}.${ext}` },
        props: { entry, variant, ext },
      })),
    ),
  ));
};

type Entry = CollectionEntry<'processes'>;
type Props = { entry: Entry; variant: Entry['data']['variants'][number]; ext: ProcessFile };

const respond: APIRoute = async ({ props, site }) => {
  const { entry, variant, ext } = props as Props;
  const { lanes, title } = entry.data;
  if (ext === 'mmd') return new Response(processMermaid(lanes, variant), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  if (ext === 'bpmn') {
    const pageUrl = site ? new URL(itemUrl('processes', entry.id), site).href : itemUrl('processes', entry.id);
    const xml = await processBpmn({ id: entry.id, title, lanes, variant, pageUrl });
    return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
  }
  const svg = processSvg(layoutProcess(lanes, variant), { idPrefix: variant.variant, title: `${title}, ${VARIANT_LABELS[variant.variant].toLowerCase()} prosess` });
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, { headers: { 'Content-Type': 'image/svg+xml' } });
};

export const GET: APIRoute = (context) => timePhase('downloads', async () => respond(context));
