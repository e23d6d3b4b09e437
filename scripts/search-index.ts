/**
 * Builds the Pagefind index from the built site. Item pages are indexed from their HTML; each
 * requirement gets a record of its own that links to its anchor on the template page.
 */
import * as pagefind from 'pagefind';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { compoundParts, vocabulary, words } from '../src/lib/compounds';
import { TERMS_SEPARATOR } from '../src/lib/search-excerpt';
import { PHASE_LABELS, SECTOR_LABELS } from '../src/lib/labels';
import type { Phase, Requirement, Sector } from '../src/lib/schema';
import { cachePath } from '../src/node/build-cache';
import { linkTree } from '../src/node/files';
import { projectRoot } from './content-files';

const INDEXER_CODE = ['scripts/search-index.ts', 'src/lib/compounds.ts', 'src/lib/search-excerpt.ts', 'src/lib/labels.ts'];
const PAGEFIND_VERSION = (JSON.parse(readFileSync(path.join(projectRoot, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;

/** Pagefind's own UIs (Default, Modular, Component) and its highlighter: not used by the site. */
const UNUSED_UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

interface ApiSpec { id: string; title: string; url: string; sectors: Sector[]; phases: Phase[]; downloads: { json: string } }

/**
 * The index depends only on what is handed to Pagefind: the same pages and records give the same
 * files, so an unchanged rebuild copies the last index from the cache instead of running Pagefind.
 */
export async function buildSearchIndex(dist: string): Promise<{ pages: number; requirements: number; fromCache: boolean }> {
  const pages = indexedPages(dist);
  const records = requirementRecords(dist);
  const output = path.join(dist, 'pagefind');
  const cacheRoot = cachePath('search');
  // Keyed on the raw pages and records and on how they are turned into the index (this file, the compound splitter, Pagefind).
  // Each page goes in with its name and length, so no two different sets of pages give the same input.
  const hash = createHash('sha256').update(JSON.stringify({ pagefind: PAGEFIND_VERSION, code: INDEXER_CODE.map((f) => readFileSync(path.join(projectRoot, f), 'utf8')), records }));
  for (const page of pages) hash.update(`\n${page.file}\n${page.html.length}\n`).update(page.html);
  const key = hash.digest('hex').slice(0, 32);
  const cached = path.join(cacheRoot, key);
  if (existsSync(cached)) {
    linkTree(cached, output);
    return { pages: pages.length, requirements: records.length, fromCache: true };
  }

  const pageWords = pages.map((p) => words(visibleText(p.html)));
  const vocab = vocabulary(pageWords);
  const documents = pages.map((page, i) => ({
    sourcePath: page.file,
    content: withParts(withParts(withoutSvg(page.html), 'data-compound-parts', compoundParts(pageWords[i]!, vocab)), 'data-title-parts', compoundParts(pageTitle(page.html), vocab)),
  }));
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nb' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  // All sent at once, in this order, so Pagefind is never idle waiting for the next one; it answers each in turn.
  const added = await Promise.all(documents.map((document) => index.addHTMLFile(document)));
  added.forEach((response, i) => {
    if (response.errors.length > 0) throw new Error(`Pagefind (${documents[i]!.sourcePath}): ${response.errors.join('; ')}`);
  });
  for (const response of await Promise.all(records.map((record) => index.addCustomRecord(record)))) {
    if (response.errors.length > 0) throw new Error(`Pagefind: ${response.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: output });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  // Pagefind also writes its ready-made search interfaces; the search page has its own (src/scripts/search-page.ts).
  for (const file of readdirSync(output)) if (UNUSED_UI.test(file)) rmSync(path.join(output, file));
  // Keep only this index: written to a temporary name first, so an interrupted copy is never used.
  rmSync(cacheRoot, { recursive: true, force: true });
  mkdirSync(cacheRoot, { recursive: true });
  linkTree(output, `${cached}.tmp`);
  renameSync(`${cached}.tmp`, cached);
  return { pages: pages.length, requirements: records.length, fromCache: false };
}

/** Each active requirement as a record of its own that links to its anchor on the template page. */
function requirementRecords(dist: string) {
  const specs = JSON.parse(readFileSync(path.join(dist, 'api/kravspesifikasjoner.json'), 'utf8')) as ApiSpec[];
  return specs.flatMap((spec) => {
    const data = JSON.parse(readFileSync(path.join(dist, spec.downloads.json), 'utf8')) as { requirements: Requirement[] };
    return data.requirements
      .filter((r) => !r.removedIn)
      .map((r) => ({
        url: `${spec.url}#${r.id}`,
        content: `${r.id}. ${r.text} ${r.motive} ${r.guidance}`,
        language: 'nb',
        meta: { title: `${r.id}: ${r.text}`, type: 'Krav', summary: `Krav i ${spec.title}` },
        filters: {
          type: ['Krav'],
          sektor: spec.sectors.map((s) => SECTOR_LABELS[s]),
          fase: spec.phases.map((p) => PHASE_LABELS[p]),
        },
      }));
  });
}

interface IndexedPage { file: string; html: string }

/** Every built page that has a search body. */
function indexedPages(dist: string): IndexedPage[] {
  return (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .sort()
    .map((file) => ({ file: file.split(path.sep).join('/'), html: readFileSync(path.join(dist, file), 'utf8') }))
    .filter((p) => p.html.includes('data-pagefind-body'));
}

/** The page's heading as a reader sees it. */
const pageTitle = (html: string) => visibleText(/<h1\b[\s\S]*?<\/h1>/.exec(html)?.[0] ?? '');

function visibleText(html: string): string {
  const start = html.indexOf('data-pagefind-body');
  const body = start >= 0 ? html.slice(start) : html;
  return body
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
}

/** Pagefind skips the contents of <svg> (the inline diagrams): not sending them saves it parsing a third of the bytes. */
const withoutSvg = (html: string) => html.replace(/(<svg\b[^>]*>)[\s\S]*?<\/svg>/g, '$1</svg>');

/** The parts of the page's compound words go into an indexed attribute (never into its visible text). */
function withParts(html: string, attribute: 'data-compound-parts' | 'data-title-parts', parts: string[]): string {
  if (parts.length === 0) return html;
  return html.replace(`${attribute}=""`, `${attribute}="${parts.join(TERMS_SEPARATOR)}"`);
}
