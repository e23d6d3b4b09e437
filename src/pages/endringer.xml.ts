import type { APIRoute } from 'astro';
import { contentChanges } from '../data/site';
import { atomFeed } from '../lib/atom';
import { absoluteUrl, feedId, LOCAL_BUILD_NOTE } from '../lib/site-url';
import { timePhase } from '../node/phase-timer';

const respond: APIRoute = async ({ site }) => {
  const changes = await contentChanges();
  const page = absoluteUrl('/endringer/', site);
  const entries = changes.flatMap((c, n) =>
    c.items.map((item) => ({
      id: `${feedId(item.url, site)}#endring-${c.date}-${n}`,
      title: `${item.type}: ${item.title}`,
      url: absoluteUrl(item.url, site),
      updated: c.date,
      summary: c.note,
    })),
  );
  const body = atomFeed({ id: feedId('/endringer/', site), title: 'Siste endringer i KommIT verktøykasse', url: page, self: absoluteUrl('/endringer.xml', site), ...(site ? {} : { subtitle: LOCAL_BUILD_NOTE }) }, entries);
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};

export const GET: APIRoute = (context) => timePhase('feedsApi', async () => respond(context));
