import { expect, test } from '@playwright/test';
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every internal link and anchor in every built HTML page must lead somewhere that exists. */
test('no broken internal links anywhere in dist/', () => {
  const dist = path.resolve('dist');
  const pages = globSync('**/*.html', { cwd: dist });
  expect(pages.length).toBeGreaterThan(20);
  const idsByPage = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!idsByPage.has(file)) idsByPage.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    return idsByPage.get(file)!;
  };
  const broken: string[] = [];
  for (const page of pages) {
    const html = readFileSync(path.join(dist, page), 'utf8');
    const pageUrl = `/${page.replace(/index\.html$/, '')}`;
    for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const raw = match[1]!.replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|data:|tel:)/.test(raw)) continue;
      const url = new URL(raw, `http://x${pageUrl}`);
      const target = decodeURIComponent(url.pathname);
      const file = target.endsWith('/') ? path.join(dist, target, 'index.html') : path.join(dist, target);
      if (!existsSync(file)) {
        broken.push(`${pageUrl} → ${raw}`);
        continue;
      }
      if (url.hash && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${pageUrl} → ${raw} (anchor)`);
    }
  }
  expect(broken).toEqual([]);
});

test('the JSON API lists principles and standards with URLs that exist', () => {
  for (const [name, min] of [['principles', 13], ['standards', 20]] as const) {
    const items = JSON.parse(readFileSync(`dist/api/${name}.json`, 'utf8')) as { id: string; title: string; url: string }[];
    expect(items.length, name).toBeGreaterThanOrEqual(min);
    for (const item of items) {
      expect(item.id).toBeTruthy();
      expect(item.title).toBeTruthy();
      expect(existsSync(path.join('dist', item.url, 'index.html')), item.url).toBe(true);
    }
  }
});
