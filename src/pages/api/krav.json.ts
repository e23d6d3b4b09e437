/** Every requirement with its template version and changelog: the data of the basket (/kravutvalg/). */
import type { APIRoute } from 'astro';
import { siteData } from '../../data/site';
import { kravData } from '../../lib/krav-data';
import { timePhase } from '../../node/phase-timer';

const respond: APIRoute = async () => {
  const { data } = await siteData();
  const titles = {
    principles: new Map(data.principles.map((e) => [e.id, e.data.title])),
    standards: new Map(data.standards.map((e) => [e.id, e.data.title])),
  };
  const body = kravData({
    specs: data.specs.map((e) => ({ id: e.id, data: e.data })),
    requirements: data.requirements,
    titleOf: (collection, id) => titles[collection].get(id) ?? id,
  });
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

export const GET: APIRoute = (context) => timePhase('feedsApi', async () => respond(context));
