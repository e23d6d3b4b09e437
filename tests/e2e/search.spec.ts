import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

const resultLinks = (page: Page) => page.locator('pagefind-results .search-result__title a');

async function search(page: Page, query: string) {
  await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
  await expect(resultLinks(page).first()).toBeVisible();
  return (await resultLinks(page).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash)));
}

test('"byggesøknader" finds the byggesøknad journey in the top 3', async ({ page }) => {
  expect((await search(page, 'byggesøknader')).slice(0, 3)).toContain('/brukerreiser/byggesoknad/');
});

test('"noark" finds the Noark 5 standard in the top 3', async ({ page }) => {
  expect((await search(page, 'noark')).slice(0, 3)).toContain('/standarder/noark-5/');
});

test('"spesifikasjon" finds a requirement template in the top 3', async ({ page }) => {
  const top = (await search(page, 'spesifikasjon')).slice(0, 3);
  expect(top.some((url) => /^\/kravspesifikasjoner\/[^/#]+\/$/.test(url)), top.join(', ')).toBe(true);
});

test('"saksbehandlingen" finds pages that only say "saksbehandling" (Norwegian stemming)', async ({ page, request }) => {
  const top = (await search(page, 'saksbehandlingen')).slice(0, 5);
  let stemmedOnly = 0;
  for (const url of top) {
    const html = (await (await request.get(url.split('#')[0]!)).text()).toLowerCase();
    if (html.includes('saksbehandling') && !html.includes('saksbehandlingen')) stemmedOnly++;
  }
  expect(stemmedOnly, top.join(', ')).toBeGreaterThan(0);
});

test('a requirement is found on its own and links to its anchor', async ({ page }) => {
  const urls = await search(page, 'SvarUt');
  expect(urls.some((u) => /^\/kravspesifikasjoner\/[^/]+\/#[A-Z]+-[A-Z]+-\d{3}$/.test(u)), urls.join(', ')).toBe(true);
});

test('results show type, title, summary and excerpt', async ({ page }) => {
  await search(page, 'noark');
  const first = page.locator('pagefind-results .search-result').first();
  await expect(first.locator('.search-result__type')).not.toBeEmpty();
  await expect(first.locator('.search-result__summary')).not.toBeEmpty();
  await expect(first.locator('.search-result__excerpt')).not.toBeEmpty();
});

test('filters by type, sector and phase narrow the results', async ({ page }) => {
  await search(page, 'arkiv');
  const summary = page.locator('pagefind-summary');
  const count = async () => Number((await summary.textContent())?.match(/\d+/)?.[0] ?? 0);
  await expect(summary).toContainText(/\d/);
  const all = await count();
  for (const [group, value] of [['type', 'Krav'], ['sektor', 'Helse og velferd'], ['fase', 'Anskaffe løsning']] as const) {
    const option = page.locator('pagefind-filter-pane').getByRole('checkbox', { name: new RegExp(`^${value}`) }).first();
    await option.check();
    await expect.poll(count, { message: `${group} filter narrows` }).toBeLessThan(all);
    await expect.poll(count).toBeGreaterThan(0);
    await option.uncheck();
    await expect.poll(count).toBe(all);
  }
});

test('the header search works with the keyboard alone and /sok/ passes axe', async ({ page }) => {
  await page.goto('/prinsipper/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('searchbox', { name: 'Søk' })).toBeFocused();
  await page.keyboard.type('feide');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sok\/\?q=feide$/);
  await expect(resultLinks(page).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toBeVisible();
});

test('content pages request no Pagefind files', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/brukerreiser/byggesoknad/');
  await page.goto('/standarder/noark-5/');
  expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
});
