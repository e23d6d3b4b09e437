/** Downloads of each process variant: the SVG drawn on the page, its Mermaid source and BPMN 2.0. */
import { siteDigest, withCacheKey } from '../../../data/build-digest';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { siteData } from '../../../data/site';
import { layoutProcess } from '../../../lib/lane-layout';
import { processMermaid } from '../../../lib/process';
import { processSvg } from '../../../lib/process-svg';
import { VARIANT_LABELS } from '../../../lib/labels';
import { itemUrl } from '../../../lib/collections';
import type { ProcessFile } from '../../../lib/diagram-files';
import type { DownloadJob } from '../../../lib/downloads';
import { astroSite, download, prefetchDownloads, prefetchWanted } from '../../../node/download-pool';
import { timePhase } from '../../../node/phase-timer';
// Office files are zipped with zlib in Node's thread pool while pages render.
import '../../../node/zip';

type Entry = CollectionEntry<'processes'>;
type Props = { entry: Entry; variant: Entry['data']['variants'][number]; ext: ProcessFile };
type Site = URL | string | undefined;

function bpmnJob({ entry, variant }: Props, site: Site): DownloadJob {
  const { lanes, title } = entry.data;
  const pageUrl = site ? new URL(itemUrl('processes', entry.id), site).href : itemUrl('processes', entry.id);
  return { kind: 'bpmn', input: { id: entry.id, title, lanes, variant, pageUrl } };
}

const key = (params: { id: string; file: string }, site: Site) => `prosesser/${params.id}/${params.file} ${String(site ?? '')}`;

export const getStaticPaths: GetStaticPaths = async () => {
  const { data } = await siteData();
  const paths = withCacheKey(data.processes.flatMap((entry) =>
    entry.data.variants.flatMap((variant) =>
      (['svg', 'mmd', 'bpmn'] as const).map((ext) => ({
        params: { id: entry.id, file: `${entry.id}-${variant.variant}.${ext}` },
        props: { entry, variant, ext },
      })),
    ),
  ));
  if (prefetchWanted(siteDigest())) {
    const site = astroSite();
    const bpmn = paths.filter((p) => p.props.ext === 'bpmn');
    prefetchDownloads(bpmn.map((p) => [key(p.params, site), () => bpmnJob(p.props, site)]));
  }
  return paths;
};

const respond: APIRoute = async ({ props, params, site }) => {
  const { entry, variant, ext } = props as Props;
  const { lanes, title } = entry.data;
  if (ext === 'mmd') return new Response(processMermaid(lanes, variant), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  if (ext === 'bpmn') {
    const xml = await download(key(params as { id: string; file: string }, site), () => bpmnJob(props as Props, site));
    return new Response(typeof xml === 'string' ? xml : new Uint8Array(xml), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
  }
  const svg = processSvg(layoutProcess(lanes, variant), { idPrefix: variant.variant, title: `${title}, ${VARIANT_LABELS[variant.variant].toLowerCase()} prosess` });
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, { headers: { 'Content-Type': 'image/svg+xml' } });
};

export const GET: APIRoute = (context) => timePhase('downloads', async () => respond(context));
