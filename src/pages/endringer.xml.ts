import type { APIRoute } from 'astro';
import { contentChanges } from '../data/site';
import { atomFeed } from '../lib/atom';

export const GET: APIRoute = async ({ site }) => {
  const changes = await contentChanges();
  const page = new URL('/endringer/', site).toString();
  const entries = changes.flatMap((c, n) =>
    c.items.map((item) => ({
      id: `${new URL(item.url, site)}#endring-${c.date}-${n}`,
      title: `${item.type}: ${item.title}`,
      url: new URL(item.url, site).toString(),
      updated: c.date,
      summary: c.note,
    })),
  );
  const body = atomFeed({ id: page, title: 'Siste endringer i KommIT verktøykasse', url: page, self: new URL('/endringer.xml', site).toString() }, entries);
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
