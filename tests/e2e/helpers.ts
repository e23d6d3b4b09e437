import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';

/** Opens a page, failing on console errors, failed requests and HTTP errors. */
export async function visit(page: Page, url: string) {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  const response = await page.goto(url);
  expect(response?.status(), `${url} answers`).toBe(200);
  return { errors };
}

export async function expectNoAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
  expect(summary, 'axe violations').toEqual([]);
}

/** The first item of a collection in the JSON API, to visit a real page of each type. */
export function firstApiItem(collection: string): { id: string; url: string; title: string } {
  const items = JSON.parse(readFileSync(`dist/api/${collection}.json`, 'utf8')) as { id: string; url: string; title: string }[];
  if (items.length === 0) throw new Error(`dist/api/${collection}.json is empty`);
  return items[0]!;
}
