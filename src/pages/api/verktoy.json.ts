/** `dist/api/verktoy.json`: one entry per tool download (DESIGN.md §5), plus the calculator. */
import type { APIRoute } from 'astro';
import { toolDownloads } from '../../data/tools';

export const GET: APIRoute = async () => {
  const downloads = (await toolDownloads()).map((d) => ({
    service: d.service,
    serviceTitle: d.serviceTitle,
    tool: d.tool,
    title: d.toolTitle,
    format: d.format,
    url: d.url,
  }));
  return new Response(JSON.stringify(downloads, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
