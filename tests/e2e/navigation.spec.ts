/**
 * Finding one's way: search without JavaScript, compound words, excerpts from visible text, the A–Å
 * list, hubs derived from the content graph, the 404 page and the «Meld fra om feil» route.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expectNoAxeViolations, visit } from './helpers';

interface ApiItem { id: string; url: string; title: string; sectors: string[]; citedBy?: Record<string, string[]>; specs?: string[] }
const api = (name: string) => JSON.parse(readFileSync(`dist/api/${name}.json`, 'utf8')) as ApiItem[];
const COLLECTIONS = ['principles', 'standards', 'journeys', 'processes', 'guides', 'strategy'];
const allItems = () => [...COLLECTIONS.flatMap((c) => api(c)), ...api('kravspesifikasjoner')];
const html = (url: string) => readFileSync(path.join('dist', url, 'index.html'), 'utf8');

/** The words a reader sees in the main content of a built page (no attributes, no markup). */
const visibleWords = (page: string) =>
  page
    .slice(page.indexOf('<main'), page.indexOf('</main>'))
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .toLocaleLowerCase('nb')
    .match(/\p{L}+/gu) ?? [];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/sok/?q=byggesøknad offers a path to the byggesøknad journey', async ({ page }) => {
    await page.goto(`/sok/?q=${encodeURIComponent('byggesøknad')}`);
    const link = page.locator('main').getByRole('link', { name: 'Byggesøknad', exact: true });
    await expect(link.first()).toBeVisible();
    expect(await link.first().getAttribute('href')).toBe('/brukerreiser/byggesoknad/');
    await expect(page.locator('main').getByRole('link', { name: 'alt innhold fra A til Å' })).toBeVisible();
  });
});

test('with JavaScript the header field shows the query on /sok/', async ({ page }) => {
  await page.goto(`/sok/?q=${encodeURIComponent('arkiv')}`);
  await expect(page.locator('#sok-topp')).toHaveValue('arkiv');
  await expect(page.getByRole('searchbox', { name: 'Hva leter du etter?' })).toHaveValue('arkiv');
});

async function searchAll(page: Page, query: string): Promise<{ url: string; excerpt: string }[]> {
  await page.goto('/sok/');
  return page.evaluate(async (q) => {
    const pagefind = await import('/pagefind/pagefind.js' as string);
    const found = await pagefind.search(q);
    return Promise.all(found.results.map(async (r: { data: () => Promise<{ url: string; excerpt: string }> }) => r.data()));
  }, query);
}

test('a compound is found by its last part, on pages that never use the part on its own', async ({ page }) => {
  // Fixture words: a page that has a compound ending in one of these parts and no word that starts
  // with the part (so Norwegian stemming alone cannot find it). Chosen from the built pages, so the
  // test keeps working when content changes, and fails if no such page is found.
  const parts = ['søknad', 'arkiv', 'behandling', 'spesifikasjon', 'tjeneste', 'system'];
  const fixtures: { url: string; part: string; compound: string }[] = [];
  for (const item of allItems()) {
    const words = visibleWords(html(item.url));
    for (const part of parts) {
      const compound = words.find((w) => w.endsWith(part) && w.length >= part.length + 4);
      if (compound && !words.some((w) => w.startsWith(part))) fixtures.push({ url: item.url, part, compound });
    }
  }
  expect(fixtures.length, 'pages with a compound whose part never stands alone').toBeGreaterThan(2);
  for (const fixture of fixtures.slice(0, 6)) {
    const results = await searchAll(page, fixture.part);
    expect(results.map((r) => r.url), `«${fixture.part}» finds ${fixture.url} (which has «${fixture.compound}»)`).toContain(fixture.url);
  }
});

test('result excerpts come from the text a reader sees, never from the search-term list', async ({ page }) => {
  for (const query of ['byggesøknad', 'noark', 'arkiv', 'feide', 'gevinst']) {
    await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
    const results = page.locator('[data-search-results] .search-result');
    await expect(results.first()).toBeVisible();
    const shown = await results.evaluateAll((items) =>
      items.map((li) => ({ url: new URL(li.querySelector('a')!.href).pathname, excerpt: li.querySelector('.search-result__excerpt')?.textContent ?? '' })),
    );
    for (const { url, excerpt } of shown.filter((s) => s.excerpt)) {
      const page_ = html(url);
      const visible = new Set(visibleWords(page_));
      const excerptWords = excerpt.toLocaleLowerCase('nb').match(/\p{L}+/gu) ?? [];
      // Pagefind joins the text of adjacent elements («Roller» + «Arkivtjenesten», or «webinnhold» + «Prinsipper» +
      // «Brukerbehov» where a list ends, a heading and a list follow), so a word may be two or more visible words.
      const seen = (w: string): boolean => visible.has(w) || [...w].some((_, i) => i > 0 && visible.has(w.slice(0, i)) && seen(w.slice(i)));
      expect(excerptWords.filter((w) => !seen(w)), `${query}: excerpt on ${url} uses only visible words: «${excerpt}»`).toEqual([]);
      const text = excerpt.toLocaleLowerCase('nb');
      const terms = (/data-search-terms="([^"]*)"/.exec(page_)?.[1] ?? '').toLocaleLowerCase('nb').split(', ').filter(Boolean);
      for (let i = 0; i + 1 < terms.length; i++) expect(text, `${query}: excerpt on ${url} is not the term list`).not.toContain(`${terms[i]}, ${terms[i + 1]}`);
    }
  }
});

test('/innhold/ lists every item by title with its type, and passes axe', async ({ page }) => {
  await visit(page, '/innhold/');
  const links = await page.locator('.az-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(new Set(links)).toEqual(new Set(allItems().map((i) => i.url)));
  await expect(page.locator('.az-list li').first()).toContainText('–');
  await expectNoAxeViolations(page);
});

test('/api/ lists every JSON endpoint and feed, and every link answers', async ({ page, request }) => {
  await visit(page, '/api/');
  const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const c of [...COLLECTIONS, 'kravspesifikasjoner']) expect(hrefs).toContain(`/api/${c}.json`);
  expect(hrefs).toContain('/endringer.xml');
  for (const href of hrefs.filter((h) => h.startsWith('/'))) expect((await request.get(href)).status(), href).toBe(200);
  await expectNoAxeViolations(page);
  await page.goto('/');
  await expect(page.locator('footer').getByRole('link', { name: 'Åpne data og nyhetsstrømmer' })).toHaveAttribute('href', '/api/');
});

test('an unknown address gets the Norwegian 404 page, which passes axe', async ({ page }) => {
  const response = await page.goto('/finnes-ikke/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Fant ikke siden');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.getByRole('searchbox', { name: 'Søk' })).toBeVisible();
  await expect(page.locator('main').getByRole('link', { name: 'Kravspesifikasjoner' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('every sector hub lists the templates, components and principles its journeys and processes use', async ({ page }) => {
  const services = [...api('journeys'), ...api('processes')];
  const requirementSpec = new Map<string, string>();
  for (const spec of api('kravspesifikasjoner') as (ApiItem & { downloads: { json: string } })[]) {
    const json = JSON.parse(readFileSync(path.join('dist', spec.downloads.json), 'utf8')) as { requirements: { id: string }[] };
    for (const r of json.requirements) requirementSpec.set(r.id, spec.id);
  }
  for (const sector of ['helse-og-velferd', 'skole-og-oppvekst', 'plan-bygg-og-geodata', 'tverrgaende']) {
    const own = new Set(services.filter((s) => s.sectors.includes(sector)).map((s) => s.id));
    const expected = new Set<string>();
    for (const collection of ['standards', 'principles']) {
      for (const item of api(collection)) {
        const users = [...(item.citedBy?.journeys ?? []), ...(item.citedBy?.processes ?? [])];
        if (users.some((u) => own.has(u))) expected.add(item.url);
      }
    }
    for (const s of services.filter((x) => own.has(x.id)) as (ApiItem & { variants?: { steps?: { requirements?: string[] }[] }[] })[]) {
      for (const spec of s.specs ?? []) expected.add(`/kravspesifikasjoner/${spec}/`);
      for (const req of (s.variants ?? []).flatMap((v) => v.steps ?? []).flatMap((st) => st.requirements ?? [])) expected.add(`/kravspesifikasjoner/${requirementSpec.get(req)}/`);
    }
    await visit(page, `/sektor/${sector}/`);
    const links = new Set(await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
    for (const url of expected) expect(links.has(url), `${sector} lists ${url}`).toBe(true);
    if (sector === 'plan-bygg-og-geodata') {
      for (const url of ['/kravspesifikasjoner/sak-og-arkiv/', '/standarder/id-porten/', '/standarder/svarut/']) expect(links.has(url), url).toBe(true);
      await expect(page.locator('[data-hub="shared"]')).toContainText('Brukes av:');
    }
    await expectNoAxeViolations(page);
  }
  await page.goto('/');
  for (const sector of ['helse-og-velferd', 'plan-bygg-og-geodata']) await expect(page.locator(`main a[href="/sektor/${sector}/"]`)).toBeVisible();
});

test('phase hubs show counts, the most used first, «Vis alle» and the municipality’s own tasks with links', async ({ page }) => {
  for (const phase of ['kartlegge', 'anskaffe', 'gjennomfore', 'realisere']) {
    await visit(page, `/fase/${phase}/`);
    const tasks = page.locator('#kommunen-gjor + ul > li');
    expect(await tasks.count()).toBeGreaterThan(0);
    expect(await page.locator('#kommunen-gjor + ul a').count()).toBeGreaterThan(0);
    for (const section of await page.locator('main section[aria-labelledby^="type-"]').all()) {
      const heading = await section.locator('h2').textContent();
      const total = Number(/\((\d+)\)/.exec(heading ?? '')?.[1]);
      expect(await section.locator(':scope > .item-list > li').count()).toBe(Math.min(total, 5));
      if (total > 5) await expect(section.locator('details summary')).toContainText(`Vis alle ${total}`);
    }
    await expectNoAxeViolations(page);
  }
});

test('every content page has «Meld fra om feil» with its address, and a template page offers requirements.yaml', async ({ page }) => {
  for (const item of allItems()) {
    const page_ = html(item.url);
    const match = /<a class="ds-link" href="([^"]+)">Meld fra om feil på denne siden<\/a>/.exec(page_);
    expect(match, item.url).not.toBeNull();
    const url = new URL(match![1]!.replace(/&amp;/g, '&'));
    expect(url.pathname.endsWith('/issues/new'), item.url).toBe(true);
    expect(url.searchParams.get('body'), item.url).toContain(item.url);
    expect(url.searchParams.get('title'), item.url).toContain(item.title);
  }
  await visit(page, api('kravspesifikasjoner')[0]!.url);
  const edits = await page.locator('.page-tools a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(edits.some((h) => h.endsWith('/requirements.yaml'))).toBe(true);
  expect(edits.some((h) => h.endsWith('/index.mdx'))).toBe(true);
});

test('body-text links use the design system’s link colour, not the browser default', async ({ page }) => {
  await visit(page, '/veiledning/bruke-verktoykassen/');
  const colours = await page.evaluate(() => {
    const body = document.querySelector('.prose a');
    const reference = document.querySelector('.site-nav a.ds-link');
    return { body: body ? getComputedStyle(body).color : null, reference: reference ? getComputedStyle(reference).color : null };
  });
  expect(colours.body).not.toBeNull();
  expect(colours.body).not.toBe('rgb(0, 0, 238)');
  expect(colours.body).toBe(colours.reference);
});

test('the front page’s role cards link to distinct pages', async ({ page }) => {
  await visit(page, '/');
  for (const card of await page.locator('[aria-labelledby="roller"] .ds-card').all()) {
    const hrefs = await card.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs).size, hrefs.join(', ')).toBe(hrefs.length);
  }
  const all = await page.locator('[aria-labelledby="roller"] a').evaluateAll((as) => as.map((a) => `${a.textContent}→${a.getAttribute('href')}`));
  const targets = new Map<string, string>();
  for (const entry of all) {
    const [text, href] = entry.split('→') as [string, string];
    if (targets.has(href)) expect(targets.get(href), `${href} has two different labels`).toBe(text);
    targets.set(href, text);
  }
});

test('on a 390 px phone the first search result is near the top, and the filters open on demand', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/sok/?q=${encodeURIComponent('arkiv')}`);
  const first = page.locator('[data-search-results] .search-result').first();
  await expect(first).toBeVisible();
  const box = await first.boundingBox();
  expect(box!.y).toBeLessThan(844);
  const summary = page.locator('.search-filters > summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-search-filters]')).toBeVisible();
});
