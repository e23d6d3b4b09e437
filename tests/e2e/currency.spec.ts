/**
 * Currency on the built site: every API item says its status and fact years, every item page
 * shows them, /status/ lists every item and filters without JavaScript, and the notice is accessible.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expectNoAxeViolations, visit } from './helpers';

interface ApiItem {
  id: string;
  url: string;
  status: string;
  sources: { year: number }[];
  factsAsOf: { from: number; to: number };
  lastVerified?: string;
  supersededBy?: { id?: string; name?: string; url?: string };
}
const COLLECTIONS = ['principles', 'standards', 'journeys', 'processes', 'guides', 'strategy', 'kravspesifikasjoner'] as const;
const api = (name: string) => JSON.parse(readFileSync(`dist/api/${name}.json`, 'utf8')) as ApiItem[];
const all = COLLECTIONS.flatMap((c) => api(c).map((item) => ({ collection: c, ...item })));
const html = (url: string) => readFileSync(path.join('dist', url, 'index.html'), 'utf8');
const years = (s: { from: number; to: number }) => (s.from === s.to ? String(s.from) : `${s.from}–${s.to}`);
/** The row key /status/ uses: collection name and id (the template API is named after its route). */
const rowKey = (i: { collection: string; id: string }) => `${i.collection === 'kravspesifikasjoner' ? 'specs' : i.collection}/${i.id}`;

test('every API item has status and factsAsOf derived from its sources, and valid lastVerified/supersededBy where set', () => {
  expect(all.length).toBeGreaterThan(50);
  for (const item of all) {
    const where = `${item.collection}/${item.id}`;
    expect(['utkast', 'gjeldende', 'utgatt'], where).toContain(item.status);
    const sourceYears = item.sources.map((s) => s.year);
    expect(item.factsAsOf, where).toEqual({ from: Math.min(...sourceYears), to: Math.max(...sourceYears) });
    if ('lastVerified' in item) expect(item.lastVerified, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if ('supersededBy' in item) {
      expect(item.status, `${where} has supersededBy`).toBe('utgatt');
      expect(item.supersededBy!.id ?? item.supersededBy!.url, where).toBeTruthy();
    }
  }
  for (const spec of api('kravspesifikasjoner') as unknown as { id: string; minimumCount: number; requirementCount: number; minimumShare: number }[]) {
    expect(spec.minimumShare, spec.id).toBeCloseTo(spec.minimumCount / spec.requirementCount, 2);
  }
});

test('every item page shows the years its facts are from next to «Sist redigert»', () => {
  for (const item of all) {
    const page = html(item.url);
    expect(page, item.url).toContain(`Kunnskapsgrunnlag: ${years(item.factsAsOf)}`);
    expect(page, item.url).toMatch(/Sist redigert: <time/);
    expect(page, item.url).not.toContain('Sist oppdatert');
    if (item.lastVerified) expect(page, item.url).toContain('Sist kontrollert');
    const notice = page.includes('data-currency-notice');
    const stale = new Date().getFullYear() - item.factsAsOf.to > 5;
    if (!item.lastVerified) expect(notice, `${item.url}: notice exactly when the newest source is over five years old`).toBe(stale);
    if (notice) expect(page, item.url).toMatch(/data-currency-notice[\s\S]*?href="\/status\/"/);
  }
});

test('/status/ lists every item, and its filters are plain links that work without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await visit(page, '/status/');
  const rows = await page.locator('[data-status-row]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status-row')));
  expect(rows.sort()).toEqual(all.map(rowKey).sort());

  const filters = page.getByRole('navigation', { name: 'Filtrer oversikten' });
  await filters.getByRole('link', { name: 'Standarder og felleskomponenter', exact: true }).click();
  await expect(page).toHaveURL(/\/status\/standarder\/alle\/$/);
  const standards = await page.locator('[data-status-row]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status-row')));
  expect(standards.sort()).toEqual(api('standards').map((s) => `standards/${s.id}`).sort());

  await filters.getByRole('link', { name: 'Gjeldende', exact: true }).click();
  await expect(page).toHaveURL(/\/status\/standarder\/gjeldende\/$/);
  const current = api('standards').filter((s) => s.status === 'gjeldende').map((s) => `standards/${s.id}`);
  const shown = await page.locator('[data-status-row]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status-row')));
  expect(shown.sort()).toEqual(current.sort());
  await expect(filters.getByRole('link', { name: 'Gjeldende', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(filters.getByRole('link', { name: 'Standarder og felleskomponenter', exact: true })).toHaveAttribute('aria-current', 'page');
  await context.close();
});

test('/status/ and a filtered view have no axe violations and are linked from the footer', async ({ page }) => {
  await visit(page, '/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Hva er gjeldende?' }).click();
  await expect(page).toHaveURL(/\/status\/$/);
  await expect(page.locator('h1')).toHaveText('Hva er gjeldende?');
  await expectNoAxeViolations(page);
  await visit(page, '/status/alle/utgatt/');
  await expectNoAxeViolations(page);
});

test('an item page with the notice has no axe violations, and the notice leads to /status/', async ({ page }) => {
  const withNotice = all.find((i) => html(i.url).includes('data-currency-notice'));
  expect(withNotice, 'some item builds on old sources').toBeDefined();
  const { errors } = await visit(page, withNotice!.url);
  const notice = page.locator('[data-currency-notice]');
  await expect(notice).toContainText(`bygger på kilder fra ${years(withNotice!.factsAsOf)}. `);
  await expectNoAxeViolations(page);
  await notice.getByRole('link', { name: 'Se hva som er gjeldende i verktøykassen' }).click();
  await expect(page).toHaveURL(/\/status\/$/);
  expect(errors).toEqual([]);
});
