/** Atom feeds of template versions, so a buyer can follow changes to the template she uses. */
export interface FeedEntry { id: string; title: string; url: string; updated: string; summary: string }

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function atomFeed(feed: { id: string; title: string; url: string; self: string; subtitle?: string }, entries: FeedEntry[]): string {
  const sorted = [...entries].sort((a, b) => b.updated.localeCompare(a.updated));
  const updated = sorted[0]?.updated ?? '1970-01-01';
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nb">
  <id>${esc(feed.id)}</id>
  <title>${esc(feed.title)}</title>
${feed.subtitle ? `  <subtitle>${esc(feed.subtitle)}</subtitle>
` : ''}  <link href="${esc(feed.url)}"/>
  <link rel="self" href="${esc(feed.self)}"/>
  <updated>${updated}T00:00:00Z</updated>
  <author><name>KommIT verktøykasse</name></author>
${sorted
  .map(
    (e) => `  <entry>
    <id>${esc(e.id)}</id>
    <title>${esc(e.title)}</title>
    <link href="${esc(e.url)}"/>
    <updated>${e.updated}T00:00:00Z</updated>
    <summary>${esc(e.summary)}</summary>
  </entry>`,
  )
  .join('\n')}
</feed>
`;
}
