import { withCacheKey } from '../../data/build-digest';
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../data/site';
import { API_COLLECTIONS, apiItem } from '../../lib/api';
import { withDownloads } from '../../lib/diagram-files';
import type { CollectionName } from '../../lib/collections';
import { timePhase } from '../../node/phase-timer';

export const getStaticPaths: GetStaticPaths = () => withCacheKey(API_COLLECTIONS.map((collection) => ({ params: { collection } })));

const respond: APIRoute = async ({ params }) => {
  const collection = params.collection as CollectionName;
  const { data, edgesTo } = await siteData();
  const entries = data[collection] as { id: string; data: Record<string, unknown> }[];
  const body = entries.map((e) => apiItem(collection, e.id, withDownloads(collection, e.id, e.data), edgesTo.get(`${collection}/${e.id}`) ?? []));
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

export const GET: APIRoute = (context) => timePhase('feedsApi', async () => respond(context));
