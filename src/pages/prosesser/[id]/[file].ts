/** Downloads of each process diagram: the rendered SVG and its Mermaid source. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../data/site';
import { processMermaid } from '../../../lib/process';
import { renderMermaid } from '../../../node/mermaid';

export const getStaticPaths: GetStaticPaths = async () => {
  const { data } = await siteData();
  return data.processes.flatMap((entry) =>
    entry.data.variants.flatMap((variant) =>
      (['svg', 'mmd'] as const).map((ext) => ({
        params: { id: entry.id, file: `${entry.id}-${variant.variant}.${ext}` },
        props: { source: processMermaid(entry.data.lanes, variant), ext },
      })),
    ),
  );
};

export const GET: APIRoute = async ({ props }) => {
  const { source, ext } = props as { source: string; ext: 'svg' | 'mmd' };
  if (ext === 'mmd') return new Response(source, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const svg = await renderMermaid(source);
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, { headers: { 'Content-Type': 'image/svg+xml' } });
};
