/**
 * A build step after Astro (scripts/build.ts runs it on the staging folder, before the search index):
 * every page links one stylesheet of the site's own instead of Astro's layout sheet plus a chunk per
 * shared component (src/lib/stylesheets.ts says why and why the cascade stays the same). The merged
 * file is named after a hash of its text, so the same sheets give the same file and the same page on
 * every build (the incremental build test compares a warm build with a clean one byte for byte).
 * Sheets that no page links to any more and no script or sheet names are removed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { linkedSheets, mergedText, withMergedSheets } from '../src/lib/stylesheets';
import { listFiles } from '../src/node/files';

const ASSETS = '/_astro/';

export function mergeStylesheets(dist: string): { pages: number; mergedPages: number; files: number; removed: number } {
  const file = (href: string) => path.join(dist, ...href.split('/'));
  const ours = (href: string) => href.startsWith(ASSETS) && href.endsWith('.css') && existsSync(file(href));
  const pages = listFiles(dist).filter((f) => f.endsWith('.html') && !path.relative(dist, f).split(path.sep).some((p) => p === 'pagefind' || p === '_astro'));

  const written = new Map<string, string>();
  const replaced = new Set<string>();
  const hrefFor = (hrefs: string[]) => {
    const key = hrefs.join('\n');
    let href = written.get(key);
    if (!href) {
      const text = mergedText(hrefs.map((h) => ({ href: h, css: readFileSync(file(h), 'utf8') })));
      href = `${ASSETS}page.${createHash('sha256').update(text).digest('base64url').slice(0, 10)}.css`;
      writeFileSync(file(href), text);
      written.set(key, href);
    }
    hrefs.forEach((h) => replaced.add(h));
    return href;
  };

  let mergedPages = 0;
  const stillLinked = new Set<string>();
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    let result: ReturnType<typeof withMergedSheets>;
    try {
      result = withMergedSheets(html, ours, hrefFor);
    } catch (error) {
      throw new Error(`${path.relative(dist, page)}: ${(error as Error).message}`);
    }
    if (result.html !== html) writeFileSync(page, result.html);
    if (result.runs.length > 0) mergedPages++;
    linkedSheets(result.html).forEach((s) => stillLinked.add(s.href));
  }

  // A merged-away sheet goes only when no script or other sheet names it either (they could load it).
  const texts = listFiles(dist)
    .filter((f) => /\.(js|mjs|css)$/.test(f))
    .map((f) => readFileSync(f, 'utf8'));
  const unused = [...replaced].filter((h) => !stillLinked.has(h) && !texts.some((t) => t.includes(path.posix.basename(h)))).sort();
  for (const h of unused) rmSync(file(h));
  return { pages: pages.length, mergedPages, files: new Set(written.values()).size, removed: unused.length };
}
