/**
 * Builds the Pagefind index from the built site. Item pages are indexed from their HTML; each
 * requirement gets a record of its own that links to its anchor on the template page.
 */
import * as pagefind from 'pagefind';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { compoundParts, vocabulary } from '../src/lib/compounds';
import { TERMS_SEPARATOR } from '../src/lib/search-excerpt';
import { PHASE_LABELS, SECTOR_LABELS } from '../src/lib/labels';
import type { Phase, Requirement, Sector } from '../src/lib/schema';

interface ApiSpec { id: string; title: string; url: string; sectors: Sector[]; phases: Phase[]; downloads: { json: string } }

export async function buildSearchIndex(dist: string): Promise<{ pages: number; requirements: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nb' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const pages = indexedPages(dist);
  const vocab = vocabulary(pages.map((p) => p.text));
  for (const page of pages) {
    const html = withParts(withParts(page.html, 'data-compound-parts', compoundParts(page.text, vocab)), 'data-title-parts', compoundParts(page.title, vocab));
    const added = await index.addHTMLFile({ sourcePath: page.file, content: html });
    if (added.errors.length > 0) throw new Error(`Pagefind (${page.file}): ${added.errors.join('; ')}`);
  }

  const specs = JSON.parse(readFileSync(path.join(dist, 'api/kravspesifikasjoner.json'), 'utf8')) as ApiSpec[];
  let requirements = 0;
  for (const spec of specs) {
    const data = JSON.parse(readFileSync(path.join(dist, spec.downloads.json), 'utf8')) as { requirements: Requirement[] };
    for (const r of data.requirements.filter((x) => !x.removedIn)) {
      const response = await index.addCustomRecord({
        url: `${spec.url}#${r.id}`,
        content: `${r.id}. ${r.text} ${r.motive} ${r.guidance}`,
        language: 'nb',
        meta: { title: `${r.id}: ${r.text}`, type: 'Krav', summary: `Krav i ${spec.title}` },
        filters: {
          type: ['Krav'],
          sektor: spec.sectors.map((s) => SECTOR_LABELS[s]),
          fase: spec.phases.map((p) => PHASE_LABELS[p]),
        },
      });
      if (response.errors.length > 0) throw new Error(`Pagefind: ${response.errors.join('; ')}`);
      requirements++;
    }
  }
  const written = await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { pages: pages.length, requirements };
}

interface IndexedPage { file: string; html: string; text: string; title: string }

/** Every built page that has a search body, with the text a reader sees in it. */
function indexedPages(dist: string): IndexedPage[] {
  return (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .sort()
    .map((file) => ({ file: file.split(path.sep).join('/'), html: readFileSync(path.join(dist, file), 'utf8') }))
    .filter((p) => p.html.includes('data-pagefind-body'))
    .map((p) => ({ ...p, text: visibleText(p.html), title: visibleText(/<h1\b[\s\S]*?<\/h1>/.exec(p.html)?.[0] ?? '') }));
}

function visibleText(html: string): string {
  const start = html.indexOf('data-pagefind-body');
  const body = start >= 0 ? html.slice(start) : html;
  return body
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
}

/** The parts of the page's compound words go into an indexed attribute (never into its visible text). */
function withParts(html: string, attribute: 'data-compound-parts' | 'data-title-parts', parts: string[]): string {
  if (parts.length === 0) return html;
  return html.replace(`${attribute}=""`, `${attribute}="${parts.join(TERMS_SEPARATOR)}"`);
}
