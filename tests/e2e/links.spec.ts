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

test('findability: at least 8 guides, 4 sector hubs, 4 phase hubs and the 18 eKommune 2012 areas', () => {
  const guides = JSON.parse(readFileSync('dist/api/guides.json', 'utf8')) as { url: string }[];
  expect(guides.length).toBeGreaterThanOrEqual(8);
  for (const g of guides) expect(existsSync(path.join('dist', g.url, 'index.html'))).toBe(true);
  for (const sector of ['helse-og-velferd', 'skole-og-oppvekst', 'plan-bygg-og-geodata', 'tverrgaende']) {
    expect(existsSync(`dist/sektor/${sector}/index.html`), sector).toBe(true);
  }
  for (const phase of ['kartlegge', 'anskaffe', 'gjennomfore', 'realisere']) {
    const html = readFileSync(`dist/fase/${phase}/index.html`, 'utf8');
    expect(html).toContain('Dette gir verktøykassen');
    expect(html).toContain('Dette må kommunen gjøre selv');
  }
  const strategy = readFileSync('dist/strategi/ekommune-2012/index.html', 'utf8');
  const areas = [...strategy.matchAll(/<h2 id="[^"]+" class="ds-heading" data-size="sm">(\d+)\. /g)].map((m) => Number(m[1]));
  expect(areas).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
});
