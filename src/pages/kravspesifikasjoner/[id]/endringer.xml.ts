import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { siteData } from '../../../data/site';
import { versionEntries } from '../../../data/spec-feeds';
import { atomFeed } from '../../../lib/atom';

export const getStaticPaths: GetStaticPaths = async () => {
  const { data } = await siteData();
  return data.specs.map((spec) => ({ params: { id: spec.id }, props: { spec } }));
};

export const GET: APIRoute = ({ props, site, url }) => {
  const spec = (props as { spec: CollectionEntry<'specs'> }).spec;
  const page = new URL(`/kravspesifikasjoner/${spec.id}/`, site).toString();
  const body = atomFeed({ id: page, title: `Endringer i ${spec.data.title}`, url: page, self: new URL(url.pathname, site).toString() }, versionEntries(spec, String(site)));
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
