import type { APIRoute } from 'astro';
import { siteData } from '../../data/site';
import { versionEntries } from '../../data/spec-feeds';
import { atomFeed } from '../../lib/atom';

export const GET: APIRoute = async ({ site, url }) => {
  const { data } = await siteData();
  const page = new URL('/kravspesifikasjoner/', site).toString();
  const entries = data.specs.flatMap((spec) => versionEntries(spec, String(site)));
  const body = atomFeed({ id: page, title: 'Endringer i kravspesifikasjonsmalene', url: page, self: new URL(url.pathname, site).toString() }, entries);
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
