/**
 * The requirement basket (/kravutvalg/): chosen with the keyboard across templates and a standard
 * page, kept in localStorage, exported in six formats and read back with readers we did not write,
 * shared as a link, and always shown as stored (reload, Back, another tab).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { XMLParser } from 'fast-xml-parser';
import { expectNoAxeViolations, visit } from './helpers';

const REQUIREMENT_ID = /\b[A-Z]{2,4}-[A-Z]{1,3}-\d{3}\b/g;
const ONE_ID = /^[A-Z]{2,4}-[A-Z]{1,3}-\d{3}$/;
const STORAGE_KEY = 'kommit-kravutvalg';

interface KravApi {
  specs: Record<string, { title: string; version: string; url: string }>;
  requirements: { id: string; spec: string; removedIn?: string; equivalentTo: string[]; standards: string[] }[];
}
const api = JSON.parse(readFileSync('dist/api/krav.json', 'utf8')) as KravApi;
const active = (spec: string) => api.requirements.filter((r) => r.spec === spec && !r.removedIn && r.equivalentTo.length === 0);

async function tick(page: Page, id: string) {
  const box = page.getByRole('checkbox', { name: `Velg ${id}`, exact: true });
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
}

async function stored(page: Page): Promise<string[]> {
  return page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? '{"items":[]}') as { items: { id: string }[] }).items.map((i) => i.id), STORAGE_KEY);
}

async function checkedBoxes(page: Page): Promise<string[]> {
  return page.locator('input[data-krav-id]:checked').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
}

/** Every text node of the XML parts whose path matches, read with fast-xml-parser. */
async function xmlText(file: Buffer, parts: RegExp): Promise<string> {
  const zip = await JSZip.loadAsync(file);
  const parser = new XMLParser({ ignoreAttributes: true, processEntities: true, parseTagValue: false, trimValues: false });
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') out.push(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  const names = Object.keys(zip.files).filter((n) => parts.test(n));
  expect(names.length, `parts matching ${parts}`).toBeGreaterThan(0);
  for (const name of names) walk(parser.parse(await zip.file(name)!.async('string')));
  return out.join('\n');
}

const idsIn = (text: string) => [...new Set(text.match(REQUIREMENT_ID) ?? [])].sort();

async function exportIds(page: Page, button: Locator, format: string): Promise<string[]> {
  await button.focus();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^kravutvalg-\\d{4}-\\d{2}-\\d{2}\\.${format}$`));
  const file = readFileSync((await download.path())!);
  switch (format) {
    case 'docx':
      return idsIn(await xmlText(file, /^word\/document\.xml$/));
    case 'odt':
      return idsIn(await xmlText(file, /^content\.xml$/));
    case 'xlsx':
      return idsIn(await xmlText(file, /^xl\/(sharedStrings\.xml|worksheets\/sheet\d+\.xml)$/));
    case 'ods':
      return idsIn(await xmlText(file, /^content\.xml$/));
    case 'csv': {
      const lines = file.toString('utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
      return lines.slice(1).map((l) => l.split(';')[0]!.replace(/^"|"$/g, '')).filter((c) => ONE_ID.test(c)).sort();
    }
    default: {
      const ids: string[] = [];
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach(walk);
        else if (node && typeof node === 'object') {
          for (const [k, v] of Object.entries(node)) {
            if (k === 'id' && typeof v === 'string' && ONE_ID.test(v)) ids.push(v);
            else walk(v);
          }
        }
      };
      walk(JSON.parse(file.toString('utf8')));
      return [...new Set(ids)].sort();
    }
  }
}

test('a buyer selects with the keyboard on three templates and a standard page, reloads, exports six formats and shares the link', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const picks: string[] = [];
  const templates = ['sak-og-arkiv', 'innbyggertjenester-og-nettsted', 'byggesak-plan-og-geodata'];
  for (const [i, spec] of templates.entries()) {
    await visit(page, api.specs[spec]!.url);
    const ids = active(spec).slice(0, i === 0 ? 2 : 1).map((r) => r.id);
    for (const id of ids) await tick(page, id);
    picks.push(...ids);
    await expect(page.locator('[data-basket-count]')).toHaveText(`${picks.length} krav er valgt.`);
  }
  // A standard page: «Krav» under «Brukes i» lists every requirement that cites it.
  const standardReq = api.requirements.find((r) => r.standards.includes('id-porten') && !r.removedIn && !templates.includes(r.spec) && r.equivalentTo.length === 0)!;
  await visit(page, '/standarder/id-porten/');
  await tick(page, standardReq.id);
  picks.push(standardReq.id);
  await expect(page.locator('[data-basket-count]')).toHaveText(`${picks.length} krav er valgt.`);
  // The label is a real <label>.
  await expect(page.locator(`label[for="velg-${standardReq.id}"]`)).toHaveCount(1);

  await page.reload();
  await expect(page.getByRole('checkbox', { name: `Velg ${standardReq.id}`, exact: true })).toBeChecked();
  await expect(page.locator('[data-basket-count]')).toHaveText(`${picks.length} krav er valgt.`);

  await visit(page, '/kravutvalg/');
  const items = page.locator('[data-basket-item]');
  await expect(items).toHaveCount(picks.length);
  expect((await items.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.basketItem!))).sort()).toEqual([...picks].sort());
  for (const spec of [...templates, standardReq.spec]) {
    await expect(page.getByRole('heading', { level: 2, name: `${api.specs[spec]!.title}, versjon ${api.specs[spec]!.version}` })).toBeVisible();
  }
  await expectNoAxeViolations(page);

  for (const format of ['docx', 'odt', 'xlsx', 'ods', 'csv', 'json']) {
    const button = page.locator(`button[data-export="${format}"]`);
    expect(await exportIds(page, button, format), `${format} holds exactly the selected ids`).toEqual([...picks].sort());
  }

  // The link reproduces the selection in a fresh browser.
  const link = await page.getByLabel('Lenke til utvalget').inputValue();
  expect(link).toMatch(/\/kravutvalg\/\?krav=[^&]+&v=/);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.locator('[data-basket-item]')).toHaveCount(picks.length);
  expect((await stored(other)).sort()).toEqual([...picks].sort());
  await expect(other.locator('[data-basket-message]')).toContainText('Utvalget fra lenken er hentet');
  await fresh.close();

  // Remove one, then empty it.
  await page.getByRole('button', { name: `Fjern ${picks[0]}` }).focus();
  await page.keyboard.press('Enter');
  await expect(items).toHaveCount(picks.length - 1);
  expect(await stored(page)).not.toContain(picks[0]);
  await page.getByRole('button', { name: 'Tøm utvalget' }).focus();
  await page.keyboard.press('Enter');
  await expect(items).toHaveCount(0);
  expect(await stored(page)).toEqual([]);
  await expect(page.locator('[data-basket-count]')).toContainText('Ingen krav er valgt');
});

test('after Back, and when another tab changes the basket, the boxes match what is stored', async ({ page, context }) => {
  const spec = 'sak-og-arkiv';
  const [a, b] = active(spec).map((r) => r.id);
  await visit(page, api.specs[spec]!.url);
  await tick(page, a!);
  await tick(page, b!);
  await expect(page.locator('[data-basket-count]')).toHaveText('2 krav er valgt.');
  // Navigate away, change the selection there, go Back.
  await page.getByRole('link', { name: 'Gå til kravutvalget' }).click();
  await expect(page.locator('[data-basket-item]')).toHaveCount(2);
  await page.getByRole('button', { name: `Fjern ${a}` }).click();
  await expect(page.locator('[data-basket-item]')).toHaveCount(1);
  await page.goBack();
  await expect(page.locator('[data-basket-count]')).toHaveText('1 krav er valgt.');
  expect(await checkedBoxes(page)).toEqual([b]);
  // Forward and Back again after emptying.
  await page.goForward();
  await page.getByRole('button', { name: 'Tøm utvalget' }).click();
  await page.goBack();
  await expect(page.locator('[data-basket-count]')).toHaveText('Ingen krav er valgt.');
  expect(await checkedBoxes(page)).toEqual([]);
  // Another tab.
  const second = await context.newPage();
  await second.goto(api.specs[spec]!.url);
  await tick(second, a!);
  await expect(page.getByRole('checkbox', { name: `Velg ${a}`, exact: true })).toBeChecked();
  await expect(page.locator('[data-basket-count]')).toHaveText('1 krav er valgt.');
});

test('equivalent requirements are linked both ways, and the basket warns before it holds both', async ({ page }) => {
  const pair = api.requirements.find((r) => r.equivalentTo.length > 0 && !r.removedIn)!;
  const other = api.requirements.find((r) => r.id === pair.equivalentTo[0])!;
  expect(other.equivalentTo).toContain(pair.id);
  await visit(page, api.specs[pair.spec]!.url);
  await expect(page.locator(`tr[id="${pair.id}"] .krav-equivalent`).getByRole('link', { name: new RegExp(other.id) })).toBeVisible();
  await tick(page, pair.id);
  await visit(page, api.specs[other.spec]!.url);
  await expect(page.locator(`tr[id="${other.id}"] .krav-equivalent`).getByRole('link', { name: new RegExp(pair.id) })).toBeVisible();

  const box = page.getByRole('checkbox', { name: `Velg ${other.id}`, exact: true });
  await box.focus();
  await page.keyboard.press('Space');
  const warning = page.locator('[data-basket-bar] [aria-live] [data-basket-warning]');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(`${other.id} sier det samme som ${pair.id}`);
  await expect(box).not.toBeChecked();
  expect(await stored(page)).toEqual([pair.id]);
  await expect(page.getByRole('button', { name: `Behold ${pair.id}` })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: `Bytt til ${other.id}` })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(box).toBeChecked();
  await expect(box).toBeFocused();
  expect(await stored(page)).toEqual([other.id]);
  await expect(warning).toBeHidden();
  await expectNoAxeViolations(page);
});

test('a link says when a requirement has changed or been retired since its version, and names unknown ids', async ({ page }) => {
  // SA-A-001 is picked from the current version (nothing can have changed since); the rest from 1.0.0.
  const current = (JSON.parse(readFileSync('dist/api/kravspesifikasjoner.json', 'utf8')) as { id: string; version: string }[]).find((s) => s.id === 'sak-og-arkiv')!.version;
  await visit(page, `/kravutvalg/?krav=SA-A-005,SA-D-005,SA-A-001@${current},XX-X-999&v=sak-og-arkiv@1.0.0`);
  await expect(page.locator('[data-basket-item]')).toHaveCount(3);
  await expect(page.locator('[data-basket-item="SA-A-005"] [data-status="changed"]')).toContainText('Endret siden versjon 1.0.0');
  await expect(page.locator('[data-basket-item="SA-D-005"] [data-status="retired"]')).toContainText('Fjernet fra malen i versjon 1.1.0');
  await expect(page.locator('[data-basket-item="SA-A-001"] [data-status]')).toHaveCount(0);
  await expect(page.locator('[data-unknown-list]')).toHaveText('XX-X-999');
  await expect(page).toHaveURL(/\/kravutvalg\/$/);
  await expectNoAxeViolations(page);

  // A different selection is already stored: she is asked, and can merge.
  await page.goto('/kravutvalg/?krav=INN-I-002');
  await expect(page.getByRole('heading', { name: 'Lenken har et annet utvalg enn ditt' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bruk utvalget fra lenken' })).toBeFocused();
  await page.getByRole('button', { name: 'Legg kravene fra lenken til i mitt utvalg' }).click();
  await expect(page.locator('[data-basket-item]')).toHaveCount(4);
  expect((await stored(page)).sort()).toEqual(['INN-I-002', 'SA-A-001', 'SA-A-005', 'SA-D-005']);
});

test('the empty basket passes axe and says how to fill it; without JavaScript it says what to do instead', async ({ page, browser }) => {
  await visit(page, '/kravutvalg/');
  await expect(page.locator('[data-basket-count]')).toContainText('Ingen krav er valgt');
  await expect(page.locator('[data-basket-actions]')).toBeHidden();
  await expectNoAxeViolations(page);
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const p = await noJs.newPage();
  await p.goto(api.specs['sak-og-arkiv']!.url);
  await expect(p.locator('input[data-krav-id]').first()).toBeHidden();
  await expect(p.getByRole('link', { name: /Word-dokument/ })).toBeVisible();
  await p.goto('/kravutvalg/');
  await expect(p.getByText('Kravutvalget bruker JavaScript')).toBeVisible();
  await noJs.close();
});

test('the basket script is only on pages that list requirements, and the writers load only on export', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname); });
  await page.goto('/standarder/id-porten/');
  expect(scripts.length, 'a standard page with a requirement list loads the basket island').toBeGreaterThan(0);
  scripts.length = 0;
  await page.goto('/kravutvalg/');
  await expect(page.locator('[data-basket-count]')).toBeVisible();
  const before = [...scripts];
  expect(before.some((s) => /basket-export/.test(s))).toBe(false);
  await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ v: 1, items: [{ id: 'SA-F-001', spec: 'sak-og-arkiv', version: '1.1.0' }] })), STORAGE_KEY);
  await page.reload();
  scripts.length = 0;
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-export="csv"]').click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  expect(scripts.length, 'export loads its chunk on demand').toBeGreaterThan(0);
});
