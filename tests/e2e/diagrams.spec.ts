import { expect, test } from '@playwright/test';
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expectNoAxeViolations } from './helpers';

const api = (name: string) => JSON.parse(readFileSync(`dist/api/${name}.json`, 'utf8')) as { id: string; url: string; variants: { variant: string }[] }[];

test('at least 6 journeys and 6 processes, each page with an inline SVG diagram and a text version', () => {
  const journeys = api('journeys');
  const processes = api('processes');
  expect(journeys.length).toBeGreaterThanOrEqual(6);
  expect(processes.length).toBeGreaterThanOrEqual(6);
  for (const item of [...journeys, ...processes]) {
    const html = readFileSync(path.join('dist', item.url, 'index.html'), 'utf8');
    expect(html, item.url).toMatch(/<figure class="diagram"[^>]*>[\s\S]*?<svg[^>]*role="img"/);
    expect(html, item.url).toMatch(/<table class="journey-map"|Prosessen som tekst/);
  }
  for (const process of processes) {
    for (const v of process.variants) {
      for (const ext of ['svg', 'mmd']) expect(existsSync(path.join('dist', process.url, `${process.id}-${v.variant}.${ext}`))).toBe(true);
    }
  }
});

test('no diagram runtime in dist/: no JavaScript file over 200 KB, no Mermaid code', () => {
  for (const file of globSync('dist/**/*.js')) {
    expect(statSync(file).size, file).toBeLessThan(200_000);
    expect(readFileSync(file, 'utf8'), file).not.toContain('mermaid');
  }
});

test('process page: variants, diagram and downloads work with the keyboard alone and pass axe', async ({ page }) => {
  await page.goto('/prosesser/byggesak-saksbehandling/');
  await expectNoAxeViolations(page);
  const variantLink = page.getByRole('navigation', { name: 'Varianter av prosessen' }).getByRole('link', { name: 'Fremtidig prosess' });
  await variantLink.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#fremtidig$/);
  // Tabs without JavaScript: the targeted variant is shown, the other is hidden.
  await expect(page.locator('section#fremtidig')).toBeVisible();
  await expect(page.locator('section#dagens')).toBeHidden();
  const download = page.locator('#fremtidig').getByRole('link', { name: 'Diagramkilde for Mermaid (tekst)' });
  await download.focus();
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toBe('byggesak-saksbehandling-fremtidig.mmd');
  await expect(page.getByRole('figure').first()).toHaveAccessibleName(/Flytdiagram/);
  await page.getByRole('link', { name: 'Begge, under hverandre' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('section#dagens')).toBeVisible();
  await expect(page.locator('section#fremtidig')).toBeVisible();
});

test('journey page shows the map as a table with the experience curve and both variants', async ({ page }) => {
  await page.goto('/brukerreiser/byggesoknad/');
  await expect(page.getByRole('table').first()).toContainText('Starte byggesøknad');
  for (const phase of ['Starte byggesøknad', 'Fylle ut søknad', 'Sende søknad', 'Motta svar']) {
    await expect(page.locator('#fremtidig table.journey-map thead')).toContainText(phase);
  }
  await expect(page.locator('svg.curve').first()).toHaveAttribute('aria-label', /Opplevelseskurve/);
});
