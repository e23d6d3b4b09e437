/** One entry per template with its version, size and download URLs (DESIGN.md §5). */
import type { APIRoute } from 'astro';
import { siteData } from '../../data/site';
import { itemUrl } from '../../lib/collections';
import { DOWNLOAD_FORMATS, activeRequirements, downloadName, tenderDownloads } from '../../lib/spec';
import { factsAsOf, skalShare } from '../../lib/currency';
import { timePhase } from '../../node/phase-timer';

const respond: APIRoute = async () => {
  const { data } = await siteData();
  const body = data.specs.map((entry) => {
    const url = itemUrl('specs', entry.id);
    const requirements = data.requirements.get(entry.id) ?? [];
    const share = skalShare(requirements);
    return {
      ...entry.data,
      id: entry.id,
      title: entry.data.title,
      version: entry.data.version,
      status: entry.data.status,
      factsAsOf: factsAsOf(entry.data.sources),
      url,
      requirementCount: activeRequirements(requirements).length,
      removedRequirementCount: requirements.length - activeRequirements(requirements).length,
      /** Active skal-krav (type minimum) and their share of the active requirements, 0–1 with two decimals. */
      minimumCount: share.minimum,
      minimumShare: Math.round(share.share * 100) / 100,
      downloads: Object.fromEntries(DOWNLOAD_FORMATS.map((f) => [f, `${url}${downloadName(entry.id, entry.data.version, f)}`])),
      tenderDocuments: tenderDownloads(url, entry.id, entry.data.version),
      feed: `${url}endringer.xml`,
    };
  });
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

export const GET: APIRoute = (context) => timePhase('feedsApi', async () => respond(context));
