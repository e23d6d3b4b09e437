import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, firstApiItem, visit } from './helpers';

const itemPage = (collection: string, id?: string) => () => {
  const item = firstApiItem(collection);
  return id ? `/${item.url.split('/')[1]}/${id}/` : item.url;
};

const pageTypes: [string, () => string][] = [
  ['forside', () => '/'],
  ['tilgjengelighetserklæring', () => '/tilgjengelighet/'],
  ['prinsipper (indeks)', () => '/prinsipper/'],
  ['prinsipp', itemPage('principles')],
  ['standarder (indeks)', () => '/standarder/'],
  ['standard', itemPage('standards')],
  ['brukerreiser (indeks)', () => '/brukerreiser/'],
  ['brukerreise', itemPage('journeys', 'byggesoknad')],
  ['prosesser (indeks)', () => '/prosesser/'],
  ['prosess', itemPage('processes', 'byggesak-saksbehandling')],
  ['kravspesifikasjoner (indeks)', () => '/kravspesifikasjoner/'],
  ['kravspesifikasjon', () => firstApiItem('kravspesifikasjoner').url],
  ['veiledninger (indeks)', () => '/veiledning/'],
  ['veiledning', itemPage('guides')],
  ['strategi', () => '/strategi/ekommune-2012/'],
  ['sektor', () => '/sektor/plan-bygg-og-geodata/'],
  ['fase', () => '/fase/anskaffe/'],
  ['søk', () => '/sok/'],
  ['alt innhold A–Å', () => '/innhold/'],
  ['åpne data', () => '/api/'],
];

for (const [name, url] of pageTypes) {
  test(`${name}: loads in Norwegian with no console errors and no axe violations`, async ({ page }) => {
    const { errors } = await visit(page, url());
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    await expect(page.locator('h1')).toHaveCount(1);
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });
}

test('content pages load no JavaScript', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
  // Pages that list requirements carry the basket island; every other content page has none.
  const withoutRequirements = (collection: string) => {
    const items = JSON.parse(readFileSync(`dist/api/${collection}.json`, 'utf8')) as { url: string; citedBy: { requirements?: string[] } }[];
    return items.filter((i) => (i.citedBy.requirements ?? []).length === 0).map((i) => i.url).slice(0, 1);
  };
  const items = ['principles', 'standards', 'guides'].flatMap(withoutRequirements);
  expect(items.length).toBeGreaterThanOrEqual(2);
  for (const url of ['/', '/prinsipper/', ...items, '/standarder/', '/tilgjengelighet/', '/brukerreiser/parkeringsbevis/', '/prosesser/byggesak-saksbehandling/', '/verktoy/']) {
    // Journey pages with both variants carry the calculator island: tests/e2e/tools.spec.ts checks them.
    await page.goto(url);
    expect(await page.locator('script').count(), `${url} has no script element`).toBe(0);
  }
  expect(scripts).toEqual([]);
});

test('the skip link is the first stop for the keyboard and moves focus to the main content', async ({ page }) => {
  await page.goto(firstApiItem('principles').url);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hopp til hovedinnhold' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#hovedinnhold$/);
  await expect(page.locator('main')).toBeFocused();
});

test('the main menu reaches all six sections', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
  for (const name of ['Brukerreiser', 'Prosesser', 'Kravspesifikasjoner', 'Prinsipper', 'Standarder', 'Veiledning']) {
    await expect(nav.getByRole('link', { name })).toBeVisible();
  }
});

test('pages reflow at 320 px (400 % zoom) and 640 px (200 % zoom) without sideways scrolling', async ({ page }) => {
  for (const width of [320, 640]) {
    await page.setViewportSize({ width, height: 800 });
    for (const url of ['/', firstApiItem('principles').url, '/standarder/', '/brukerreiser/byggesoknad/', '/prosesser/byggesak-saksbehandling/', firstApiItem('kravspesifikasjoner').url, '/sok/']) {
      await page.goto(url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${url} fits ${width} px`).toBeLessThanOrEqual(0);
    }
  }
});

test('a principle page shows numbered recommendations, checklist, backlinks and sources', async ({ page }) => {
  await page.goto('/prinsipper/sikkerhet/');
  await expect(page.getByRole('heading', { name: 'Kontrollspørsmål' })).toBeVisible();
  await expect(page.locator('.numbered .num').first()).toHaveText(/^\d+\.1$/);
  await expect(page.getByRole('heading', { name: 'Brukes i' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Kilder' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Foreslå endring på denne siden' })).toHaveAttribute('href', /\/edit\/main\/content\/principles\/sikkerhet\.mdx$/);
});

test('requirement filters work with the keyboard alone and the full table is there without them', async ({ page }) => {
  const spec = firstApiItem('kravspesifikasjoner');
  await page.goto(spec.url);
  const rows = page.locator('tr[data-category]');
  const total = await rows.count();
  expect(total).toBeGreaterThan(5);
  await page.getByLabel('Kravtype').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-filter-status]')).toContainText('Viser');
  const visible = await page.locator('tr[data-category]:not([hidden])').count();
  expect(visible).toBeLessThan(total);
  expect(visible).toBeGreaterThan(0);
  for (const type of await page.locator('tr[data-category]:not([hidden])').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.type))) {
    expect(type).toBe('minimum');
  }
});

test('a requirement anchor is a permanent link to that requirement', async ({ page }) => {
  const spec = firstApiItem('kravspesifikasjoner');
  await page.goto(spec.url);
  const firstId = await page.locator('tr[data-category]').first().getAttribute('id');
  await page.goto(`${spec.url}#${firstId}`);
  await expect(page.locator(`tr[id="${firstId}"]`)).toBeInViewport();
});
