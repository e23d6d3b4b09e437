/**
 * Every page type sends a Content-Security-Policy (scripts only from the site itself) and loads
 * without a single violation — the islands, the search page with Pagefind's WebAssembly and the
 * build-time diagrams included.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** One page per kind: the first page for each first path segment and depth in dist/. */
function pageTypes(): string[] {
  const pages = (readdirSync('dist', { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.split(path.sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
  const kinds = new Map<string, string>();
  for (const url of pages) {
    const parts = url.split('/').filter(Boolean);
    const kind = `${parts[0] ?? ''}:${parts.length}`;
    if (!kinds.has(kind)) kinds.set(kind, url);
  }
  return [...kinds.values()];
}

async function watchViolations(page: Page) {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply|compile)/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const list = ((window as unknown as { __csp?: string[] }).__csp ??= []);
      list.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return async () => [...violations, ...((await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])) as string[])];
}

const PAGES = pageTypes();

test('there are pages of many kinds to check', () => {
  expect(PAGES.length).toBeGreaterThan(10);
});

for (const url of PAGES) {
  test(`CSP without violations: ${url}`, async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(url);
    const csp = await page.locator('head meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self'(;| 'wasm-unsafe-eval';)/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    // The policy comes before anything it governs.
    expect(await page.evaluate(() => document.head.firstElementChild?.nextElementSibling?.getAttribute('http-equiv'))).toBe('Content-Security-Policy');
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
  });
}

test('search with Pagefind works under the policy', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/sok/?q=noark');
  await expect(page.locator('[data-search-results] .search-result__title a').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('the policy really blocks an injected inline script', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/');
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__ran = true';
    document.body.append(s);
    return (window as unknown as { __ran?: boolean }).__ran === true;
  });
  expect(ran).toBe(false);
  await expect.poll(violations).not.toEqual([]);
});
