/** `dist/api/verktoy.json`: one entry per tool download (DESIGN.md §5), plus the calculator. */
import type { APIRoute } from 'astro';
import { toolDownloads } from '../../data/tools';
import { timePhase } from '../../node/phase-timer';

const respond: APIRoute = async () => {
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

export const GET: APIRoute = (context) => timePhase('feedsApi', async () => respond(context));
