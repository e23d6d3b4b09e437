/**
 * The site imports only the Designsystemet parts it uses and trims them at build (src/styles/designsystemet*.css,
 * postcss.config.mjs). This test shows that nothing looks different: every page type is shot twice in the same
 * run, once as it ships and once with its stylesheets swapped (page.route) for the old full CSS — the whole
 * Designsystemet theme and index.css, resolved from node_modules now, followed by the site's own rules — and the
 * two screenshots must be identical, pixel for pixel (a channel may be off by one: TOLERANCE). On a difference both PNGs and a diff image are written to
 * the test's folder in test-results/.
 */
import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PNG } from 'pngjs';
import postcss from 'postcss';
import { firstApiItem } from './helpers';

/** What src/styles/site.css began with before the site imported Designsystemet in parts. */
const OLD_ENTRY = "@import '@digdir/designsystemet-css/theme';\n@import '@digdir/designsystemet-css';\n";

const require = createRequire(path.resolve('package.json'));

/** A tiny @import resolver: package specifiers through their exports, relative paths from the importing file. */
function bundle(css: string, from: string): string {
  return css.replace(/@import\s+(?:url\(\s*)?['"]([^'"]+)['"]\s*\)?\s*(?:layer\(([^)]*)\))?\s*;/g, (_m, spec: string, layer?: string) => {
    const file = spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : require.resolve(spec);
    const inner = bundle(readFileSync(file, 'utf8'), file);
    return layer ? `@layer ${layer}{${inner}}` : inner;
  });
}

const FULL_DESIGNSYSTEMET = bundle(OLD_ENTRY, path.resolve('src/styles/site.css'));

const isDesignsystemetLayer = (params: string) => params.split(',').every((name) => /^ds(\.|$)/.test(name.trim()));

/**
 * The old stylesheet for one shipped stylesheet: its own rules (everything outside the ds.* layers: the site's
 * CSS and the components' styles), and in front of them, for the sheet that carries the theme, all of Designsystemet.
 */
function referenceFor(shipped: string): { css: string; hasTheme: boolean } {
  const root = postcss.parse(shipped);
  let hasTheme = false;
  root.walkAtRules('layer', (rule) => {
    if (rule.params.startsWith('ds.theme') && rule.nodes && rule.nodes.length > 0) hasTheme = true;
    if (isDesignsystemetLayer(rule.params)) rule.remove();
  });
  return { css: (hasTheme ? FULL_DESIGNSYSTEMET : '') + root.toString(), hasTheme };
}

/**
 * VISUAL_REFERENCE_DIST=<an older dist/> compares with that build's CSS instead (e.g. main's, to check a move of the
 * site's own rules): the page's first stylesheet gets all the sheets the same page had there, in order; the rest none.
 */
const REFERENCE_DIST = process.env.VISUAL_REFERENCE_DIST;

/** The stylesheets from /_astro/ that the built page links to, in order. */
function linkedSheets(dist: string, pageUrl: string): string[] {
  const pathname = new URL(pageUrl, 'http://x').pathname;
  const candidates = [path.join(dist, decodeURIComponent(pathname), 'index.html'), path.join(dist, decodeURIComponent(pathname))];
  const file = candidates.find((f) => existsSync(f) && statSync(f).isFile()) ?? path.join(dist, '404.html');
  return [...readFileSync(file, 'utf8').matchAll(/<link rel="stylesheet" href="(\/_astro\/[^"]+)"/g)].map((m) => m[1]!);
}

/** Serves the reference for every stylesheet the page loads from /_astro/; counts the sheets that carried the theme. */
async function useReferenceCss(page: Page, pageUrl: string) {
  const replaced = { sheets: 0, withTheme: 0 };
  const first = linkedSheets('dist', pageUrl)[0];
  const older = REFERENCE_DIST ? linkedSheets(REFERENCE_DIST, pageUrl).map((href) => readFileSync(path.join(REFERENCE_DIST, href), 'utf8')).join('\n') : '';
  await page.route('**/_astro/*.css', async (route) => {
    const url = new URL(route.request().url());
    let css: string;
    if (REFERENCE_DIST) {
      css = url.pathname === first ? older : '';
      if (url.pathname === first) replaced.withTheme++;
    } else {
      const reference = referenceFor(readFileSync(path.join('dist', decodeURIComponent(url.pathname)), 'utf8'));
      css = reference.css;
      if (reference.hasTheme) replaced.withTheme++;
    }
    replaced.sheets++;
    await route.fulfill({ status: 200, contentType: 'text/css; charset=utf-8', body: css });
  });
  return replaced;
}

interface Shot { name: string; url: string; prepare?: (page: Page) => Promise<void>; viewport?: { width: number; height: number }; fullPage?: boolean; clip?: (page: Page) => Promise<{ x: number; y: number; width: number; height: number }> }

async function shoot(browser: Browser, shot: Shot, reference: boolean): Promise<Buffer> {
  const context = await browser.newContext({ viewport: shot.viewport ?? { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    const replaced = reference ? await useReferenceCss(page, shot.url) : undefined;
    await page.goto(shot.url, { waitUntil: 'load' });
    // Exactly one stylesheet carries the theme; without it the comparison would prove nothing.
    if (replaced) expect(replaced.withTheme, `${shot.url}: stylesheets with the theme replaced (of ${replaced.sheets})`).toBe(1);
    await page.evaluate(() => document.fonts.ready);
    if (shot.prepare) await shot.prepare(page);
    const clip = shot.clip ? await shot.clip(page) : undefined;
    return await page.screenshot({ fullPage: clip ? false : shot.fullPage ?? true, clip, animations: 'disabled', caret: 'hide' });
  } finally {
    await context.close();
  }
}

/**
 * Chromium does not raster every anti-aliased edge the same way twice: the keyboard focus ring on the search
 * button (a rounded box-shadow) comes out with one corner pixel at 254 or 255 between two shots of the same page
 * with the same CSS (seen in 3 of 8 shots). So a channel may differ by 1; a missing or reordered rule changes
 * colours and positions by far more than that.
 */
const TOLERANCE = 1;

/** Fails unless both PNGs have the same size and every pixel is the same (within TOLERANCE); writes both and a diff if not. */
async function expectSamePixels(testInfo: TestInfo, name: string, shipped: Buffer, reference: Buffer) {
  const a = PNG.sync.read(shipped);
  const b = PNG.sync.read(reference);
  const width = Math.max(a.width, b.width);
  const height = Math.max(a.height, b.height);
  // The diff: differing pixels red (also where only one of the two images reaches), the rest a faded copy of the shipped page.
  const diff = new PNG({ width, height });
  let differing = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const ia = (y * a.width + x) * 4;
      const ib = (y * b.width + x) * 4;
      let same = x < a.width && y < a.height && x < b.width && y < b.height;
      for (let c = 0; same && c < 4; c++) if (Math.abs(a.data[ia + c]! - b.data[ib + c]!) > TOLERANCE) same = false;
      if (!same) differing++;
      const grey = x < a.width && y < a.height ? Math.round(255 - (255 - (a.data[ia]! + a.data[ia + 1]! + a.data[ia + 2]!) / 3) * 0.2) : 255;
      diff.data[i] = same ? grey : 255;
      diff.data[i + 1] = diff.data[i + 2] = same ? grey : 0;
      diff.data[i + 3] = 255;
    }
  }
  if (differing === 0) return;
  const file = (kind: string) => testInfo.outputPath(`${name}-${kind}.png`);
  const images: [string, Buffer][] = [['shipped', shipped], ['reference', reference], ['diff', PNG.sync.write(diff)]];
  for (const [kind, body] of images) {
    writeFileSync(file(kind), body);
    await testInfo.attach(`${name}-${kind}`, { path: file(kind), contentType: 'image/png' });
  }
  const sizes = a.width === b.width && a.height === b.height ? '' : `; size ${a.width}×${a.height} shipped, ${b.width}×${b.height} with the full CSS`;
  expect(`${differing} of ${width * height} pixels differ${sizes}`, `${name}: the shipped CSS renders like the full Designsystemet CSS (see ${file('diff')})`).toBe('identical');
}

const firstOf = (collection: string) => () => firstApiItem(collection).url;
const oneVariantJourney = () => {
  const journeys = JSON.parse(readFileSync('dist/api/journeys.json', 'utf8')) as { url: string; variants: unknown[] }[];
  const one = journeys.find((j) => j.variants.length < 2);
  if (!one) throw new Error('dist/api/journeys.json has no journey with one variant');
  return one.url;
};
const waitForCalculator = async (page: Page) => { await expect(page.locator('.calculator__form')).toBeVisible(); };

/** Every page type in src/pages (the endpoints aside), in the state a reader sees. */
const pages: [string, () => string, ((page: Page) => Promise<void>)?][] = [
  ['forside', () => '/'],
  ['prinsipper-indeks', () => '/prinsipper/'],
  ['prinsipp', firstOf('principles')],
  [
    // The checkbox rules are in designsystemet-forms.css, after the shared sheet: a ticked box shows them.
    'prinsipp-med-valgt-krav',
    firstOf('principles'),
    async (page) => {
      const box = page.locator('.pick-box:not([hidden]) input[type=checkbox]').first();
      await box.check();
      await expect(box).toBeChecked();
      await page.mouse.move(0, 0);
    },
  ],
  ['standarder-indeks', () => '/standarder/'],
  ['standard', firstOf('standards')],
  ['brukerreiser-indeks', () => '/brukerreiser/'],
  ['brukerreise-med-kalkulator', () => '/brukerreiser/byggesoknad/', waitForCalculator],
  // One variant, so no calculator: the page must not depend on the calculator's stylesheet, which only its pages link.
  ['brukerreise-en-variant', oneVariantJourney],
  ['prosesser-indeks', () => '/prosesser/'],
  ['prosess', () => '/prosesser/byggesak-saksbehandling/'],
  ['kravspesifikasjoner-indeks', () => '/kravspesifikasjoner/'],
  ['kravspesifikasjon', firstOf('kravspesifikasjoner')],
  ['veiledninger-indeks', () => '/veiledning/'],
  ['veiledning', firstOf('guides')],
  ['strategi', firstOf('strategy')],
  ['verktoy', () => '/verktoy/'],
  ['gevinstkalkulator', () => '/verktoy/gevinstkalkulator/', waitForCalculator],
  [
    'kravutvalg-med-krav',
    () => '/kravutvalg/?krav=SA-A-001,SA-A-002,INN-I-002',
    async (page) => { await expect(page.locator('[data-basket-item]')).toHaveCount(3); },
  ],
  [
    'sok-med-treff',
    () => '/sok/?q=noark',
    async (page) => {
      // The list and the filters are drawn together once the first 30 results are loaded.
      await expect(page.locator('[data-search-results] .search-result__title a').first()).toBeVisible();
      await expect(page.locator('[data-search-filters] input[type="checkbox"]').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
    },
  ],
  ['status', () => '/status/'],
  ['status-filter', () => '/status/standarder/alle/'],
  ['innhold', () => '/innhold/'],
  ['endringer', () => '/endringer/'],
  ['api', () => '/api/'],
  ['tilgjengelighet', () => '/tilgjengelighet/'],
  ['404', () => '/finnes-ikke/'],
  ['sektor', () => '/sektor/plan-bygg-og-geodata/'],
  ['fase', () => '/fase/anskaffe/'],
];

test.describe.configure({ mode: 'parallel' });

for (const [name, url, prepare] of pages) {
  test(`${name}: renders as with the full Designsystemet CSS`, async ({ browser }, testInfo) => {
    test.setTimeout(120_000);
    const shot: Shot = { name, url: url(), prepare };
    const shipped = await shoot(browser, shot, false);
    const reference = await shoot(browser, shot, true);
    await expectSamePixels(testInfo, name, shipped, reference);
  });
}

/**
 * The rules for a checkbox, a select and a read-only field are in designsystemet-forms.css, which a component links
 * where it renders such a control (postcss.config.mjs). A page that has one without linking it would still look right
 * in the comparisons above only if it is one of the pages shot there: so check every built page, by one rule each needs.
 */
test('every page with a checkbox, a select or a read-only field loads the rules for it', () => {
  const controls: [string, (tag: string) => boolean, string][] = [
    ['checkbox', (tag) => /^<input\b/.test(tag) && /\stype="checkbox"/.test(tag), '.ds-input[type=checkbox]{'],
    ['select', (tag) => /^<select\b/.test(tag), '.ds-input:is(select){'],
    ['read-only field', (tag) => /^<(input|textarea)\b/.test(tag) && /\sreadonly(?=[\s>=/])/.test(tag), '.ds-input[readonly]{'],
  ];
  const seen = new Set<string>();
  const missing: string[] = [];
  const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind') && !f.startsWith('_astro'));
  for (const file of pages) {
    const html = readFileSync(path.join('dist', file), 'utf8');
    const tags = (html.match(/<(input|select|textarea)\b[^>]*>/g) ?? []).filter((tag) => /\sclass="[^"]*\bds-input\b/.test(tag));
    if (tags.length === 0) continue;
    const css = [...html.matchAll(/<link rel="stylesheet" href="(\/_astro\/[^"]+)"/g)].map((m) => readFileSync(path.join('dist', m[1]!), 'utf8')).join('\n');
    for (const [name, has, rule] of controls) {
      if (!tags.some(has)) continue;
      seen.add(name);
      if (!css.includes(rule)) missing.push(`${file}: ${name} (${rule})`);
    }
  }
  expect(missing, 'pages with a form control whose rules they do not load').toEqual([]);
  expect([...seen].sort(), 'the site has each kind of control, so the check checks something').toEqual(['checkbox', 'read-only field', 'select']);
});

test('a narrow screen (375 px) and print render as with the full CSS', async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  const principle = firstApiItem('principles').url;
  const narrow: Shot = { name: 'prinsipp-375px', url: principle, viewport: { width: 375, height: 800 } };
  await expectSamePixels(testInfo, narrow.name, await shoot(browser, narrow, false), await shoot(browser, narrow, true));
  const print: Shot = { name: 'prinsipp-print', url: principle, prepare: async (page) => { await page.emulateMedia({ media: 'print' }); } };
  await expectSamePixels(testInfo, print.name, await shoot(browser, print, false), await shoot(browser, print, true));
});

test('hover and keyboard focus on a link and a button render as with the full CSS', async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  const header = async (page: Page) => (await page.locator('.site-header').boundingBox())!;
  const states: Shot[] = [
    { name: 'lenke-hover', url: '/', prepare: async (page) => { await page.locator('.site-nav a').first().hover(); }, clip: header },
    { name: 'knapp-hover', url: '/', prepare: async (page) => { await page.locator('.search-form button').hover(); }, clip: header },
    {
      name: 'lenke-fokus',
      url: '/',
      // Tab from the skip link to the first link in the main menu: the logo, the search field, the button, then the menu.
      prepare: async (page) => {
        await page.locator('.site-nav a').first().focus();
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Tab');
        await expect(page.locator('.site-nav a').first()).toBeFocused();
      },
      clip: header,
    },
    {
      name: 'knapp-fokus',
      url: '/',
      prepare: async (page) => {
        await page.locator('#sok-topp').focus();
        await page.keyboard.press('Tab');
        await expect(page.locator('.search-form button')).toBeFocused();
      },
      clip: header,
    },
  ];
  for (const shot of states) {
    const shipped = await shoot(browser, shot, false);
    // The state must show: the same region without it must look different.
    const plain = await shoot(browser, { ...shot, prepare: undefined }, false);
    expect(shipped.equals(plain), `${shot.name} changes what the element looks like`).toBe(false);
    await expectSamePixels(testInfo, shot.name, shipped, await shoot(browser, shot, true));
  }
});
