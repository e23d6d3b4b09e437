import type { APIRoute } from 'astro';
import { siteData } from '../../data/site';
import { versionEntries } from '../../data/spec-feeds';
import { atomFeed } from '../../lib/atom';
import { absoluteUrl, feedId, LOCAL_BUILD_NOTE } from '../../lib/site-url';
import { timePhase } from '../../node/phase-timer';

const respond: APIRoute = async ({ site, url }) => {
  const { data } = await siteData();
  const entries = data.specs.flatMap((spec) => versionEntries(spec, site));
  const body = atomFeed(
    { id: feedId('/kravspesifikasjoner/', site), title: 'Endringer i kravspesifikasjonsmalene', url: absoluteUrl('/kravspesifikasjoner/', site), self: absoluteUrl(url.pathname, site), ...(site ? {} : { subtitle: LOCAL_BUILD_NOTE }) },
    entries,
  );
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};

export const GET: APIRoute = (context) => timePhase('feedsApi', async () => respond(context));
