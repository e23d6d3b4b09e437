import { withCacheKey } from '../../../data/build-digest';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { siteData } from '../../../data/site';
import { versionEntries } from '../../../data/spec-feeds';
import { atomFeed } from '../../../lib/atom';
import { absoluteUrl, feedId, LOCAL_BUILD_NOTE } from '../../../lib/site-url';
import { timePhase } from '../../../node/phase-timer';

export const getStaticPaths: GetStaticPaths = async () => {
  const { data } = await siteData();
  return withCacheKey(data.specs.map((spec) => ({ params: { id: spec.id }, props: { spec } })));
};

const respond: APIRoute = ({ props, site, url }) => {
  const spec = (props as { spec: CollectionEntry<'specs'> }).spec;
  const path = `/kravspesifikasjoner/${spec.id}/`;
  const body = atomFeed(
    { id: feedId(path, site), title: `Endringer i ${spec.data.title}`, url: absoluteUrl(path, site), self: absoluteUrl(url.pathname, site), ...(site ? {} : { subtitle: LOCAL_BUILD_NOTE }) },
    versionEntries(spec, site),
  );
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};

export const GET: APIRoute = (context) => timePhase('feedsApi', async () => respond(context));
