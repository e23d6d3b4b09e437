import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

const results = (page: Page) => page.locator('[data-search-results] .search-result');
const resultLinks = (page: Page) => page.locator('[data-search-results] .search-result__title a');
const field = (page: Page) => page.getByRole('searchbox', { name: 'Hva leter du etter?' });
const summary = (page: Page) => page.getByRole('status');
const filterPane = (page: Page) => page.locator('[data-search-filters]');
/** The number of hits the live region reports (0 for «Ingen treff»). */
const hitCount = async (page: Page) => Number((await summary(page).textContent())?.match(/\d+/)?.[0] ?? 0);

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
  const first = results(page).first();
  await expect(first.locator('.search-result__type')).not.toBeEmpty();
  await expect(first.locator('.search-result__summary')).not.toBeEmpty();
  await expect(first.locator('.search-result__excerpt')).not.toBeEmpty();
});

test('filters by type, sector and phase narrow the results', async ({ page }) => {
  await search(page, 'arkiv');
  const count = () => hitCount(page);
  await expect(summary(page)).toContainText(/\d/);
  const all = await count();
  for (const [group, value] of [['Type', 'Krav'], ['Sektor', 'Helse og velferd'], ['Fase', 'Anskaffe løsning']] as const) {
    const option = filterPane(page).getByRole('group', { name: group }).getByRole('checkbox', { name: new RegExp(`^${value} \\d+ treff$`) });
    await option.check();
    await expect.poll(count, { message: `${group} filter narrows` }).toBeLessThan(all);
    await expect.poll(count).toBeGreaterThan(0);
    await expect(summary(page)).toContainText('med filtrene du har valgt');
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

test('filters combine with AND, as Pagefind does, and a checked option never disappears', async ({ page }) => {
  await search(page, 'arkiv');
  const types = filterPane(page).getByRole('group', { name: 'Type' });
  const krav = types.getByRole('checkbox', { name: /^Krav \d+ treff$/ });
  const kravHits = Number((await krav.evaluate((box) => (box as HTMLInputElement).labels?.[0]?.textContent ?? '')).match(/\d+/)?.[0]);
  await krav.check();
  await expect.poll(() => hitCount(page)).toBe(kravHits);
  // A requirement has one type: every other type now has 0 hits and is hidden (show-empty="false" before).
  await expect(types.getByRole('checkbox')).toHaveCount(1);
  await field(page).fill('qzxwvy');
  await expect(summary(page)).toHaveText('Ingen treff for «qzxwvy» med filtrene du har valgt');
  await expect(krav).toBeVisible();
  await expect(krav).toBeChecked();
});

test('?q= fills both fields and searches; the address follows the query without new history entries', async ({ page }) => {
  await page.goto('/prinsipper/');
  await page.goto('/sok/?q=noark');
  await expect(field(page)).toHaveValue('noark');
  await expect(page.locator('#sok-topp')).toHaveValue('noark');
  await expect(resultLinks(page).first()).toBeVisible();
  const entries = await page.evaluate(() => history.length);
  await field(page).fill('arkiv');
  await expect(page).toHaveURL(/\/sok\/\?q=arkiv$/);
  await expect(summary(page)).toHaveText(/^\d+ treff for «arkiv»$/);
  await expect(page.locator('#sok-topp')).toHaveValue('arkiv');
  // Enter searches in the page: no reload (the marker survives), no new entry.
  await page.evaluate(() => { (window as unknown as { __samePage: boolean }).__samePage = true; });
  await field(page).press('Enter');
  await expect(page).toHaveURL(/\/sok\/\?q=arkiv$/);
  expect(await page.evaluate(() => [(window as unknown as { __samePage?: boolean }).__samePage, history.length])).toEqual([true, entries]);
  // A shared link gives the same list, and Back from a result comes back to it.
  await resultLinks(page).first().click();
  await expect(page).not.toHaveURL(/\/sok\//);
  await page.goBack();
  await expect(page).toHaveURL(/\/sok\/\?q=arkiv$/);
  await expect(field(page)).toHaveValue('arkiv');
  await expect(resultLinks(page).first()).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/prinsipper\/$/);
  await page.goForward();
  // An emptied field takes ?q= away and clears the list.
  await field(page).fill('');
  await expect(page).toHaveURL(/\/sok\/$/);
  await expect(summary(page)).toHaveText('');
  await expect(results(page)).toHaveCount(0);
});

test('the live region reports each finished search once, not each keystroke', async ({ page }) => {
  await page.goto('/sok/');
  await expect(summary(page)).toHaveAttribute('aria-live', 'polite');
  await expect(summary(page)).toHaveText('');
  await page.evaluate(() => {
    const region = document.querySelector('[role="status"]')!;
    const said: string[] = ((window as unknown as { __said: string[] }).__said = []);
    new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
  });
  await field(page).pressSequentially('noark', { delay: 40 });
  await expect(summary(page)).toHaveText(/^\d+ treff for «noark»$/);
  await page.waitForTimeout(600);
  const said = await page.evaluate(() => (window as unknown as { __said: string[] }).__said);
  // One message per search that ran (a slow machine may pause between keys); never one per key, never a blank.
  expect(said.length, said.join(' | ')).toBeLessThan('noark'.length);
  expect(said.at(-1)).toBe(await summary(page).textContent());
  for (const text of said) expect(text).toMatch(/^(\d+|Ingen) treff for «[^»]+»$/);
  await field(page).fill('qzxwvy');
  await expect(summary(page)).toHaveText('Ingen treff for «qzxwvy»');
  await expect(results(page)).toHaveCount(0);
});

test('«Vis flere treff» shows 30 more at a time and moves focus to the first new result', async ({ page }) => {
  await search(page, 'arkiv');
  const total = await hitCount(page);
  expect(total, 'a query with more than two pages of hits').toBeGreaterThan(60);
  await expect(results(page)).toHaveCount(30);
  const more = page.getByRole('button', { name: 'Vis flere treff' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(results(page)).toHaveCount(60);
  await expect(results(page).nth(30).locator('.search-result__title a')).toBeFocused();
  for (let shown = 60; shown < total; shown += 30) {
    await more.click();
    await expect(results(page)).toHaveCount(Math.min(shown + 30, total));
  }
  await expect(more).toBeHidden();
  const urls = await resultLinks(page).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  expect(new Set(urls).size, 'no result shown twice').toBe(total);
});

/** The focused element, or the Designsystemet field around it, draws a focus ring. */
const focusRingShows = (page: Page) =>
  page.evaluate(() => {
    const focused = document.activeElement as HTMLElement;
    return [focused, focused.closest('.ds-field')].some((el) => {
      if (!el) return false;
      const style = getComputedStyle(el);
      return (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none';
    });
  });

async function tabUntil(page: Page, matches: () => Promise<boolean>, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toBeVisible();
    expect(await focusRingShows(page), await page.locator(':focus').evaluate((el) => el.outerHTML.slice(0, 120))).toBe(true);
    if (await matches()) return;
  }
  throw new Error('not reached with Tab');
}

test('the search page works with the keyboard alone: field, filter, result', async ({ page }) => {
  await page.goto('/sok/');
  await tabUntil(page, () => field(page).evaluate((el) => el === document.activeElement));
  await page.keyboard.type('arkiv');
  await expect(summary(page)).toHaveText(/^\d+ treff for «arkiv»$/);
  const all = await hitCount(page);
  await tabUntil(page, () => page.evaluate(() => (document.activeElement as HTMLInputElement).type === 'checkbox'));
  await page.keyboard.press('Space');
  await expect(page.locator(':focus')).toBeChecked();
  await expect.poll(() => hitCount(page)).toBeLessThan(all);
  await expectNoAxeViolations(page);
  await tabUntil(page, () => page.evaluate(() => !!document.activeElement?.closest('.search-result')));
  const href = await page.locator(':focus').getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
});

test('when the index cannot load, the page says so in Norwegian', async ({ page }) => {
  await page.route('**/pagefind/pagefind.js', (route) => route.abort());
  await page.goto('/sok/?q=noark');
  await expect(page.getByRole('alert')).toContainText('Søket kunne ikke lastes');
  await expect(page.getByRole('alert').getByRole('link', { name: 'alt innhold fra A til Å' })).toHaveAttribute('href', '/innhold/');
  await expectNoAxeViolations(page);
});

test('content pages request no Pagefind files', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/brukerreiser/byggesoknad/');
  await page.goto('/standarder/noark-5/');
  expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
});
