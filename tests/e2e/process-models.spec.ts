/**
 * Process models and diagrams people and tools can read: BPMN 2.0 per process variant (read by
 * bpmn-moddle, linted by bpmnlint, opened in bpmn-js), diagram text size and scroll regions,
 * the journey map on paper, variant-true links, page weight and axe on every process and journey page.
 */
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import { Linter } from 'bpmnlint';
import NodeResolver from 'bpmnlint/lib/resolver/node-resolver.js';
import { compareVariants } from '../../src/lib/compare';
import type { Process } from '../../src/lib/schema';
import { expectNoAxeViolations } from './helpers';

type ApiProcess = Omit<Process, 'variants'> & { url: string; variants: (Process['variants'][number] & { downloads: { bpmn: string; svg: string } })[] };
interface ApiJourney { id: string; url: string; title: string; variants: { variant: string; downloads: { svg: string }; phases: { title: string; steps: { action: string }[] }[] }[] }

const processes = JSON.parse(readFileSync('dist/api/processes.json', 'utf8')) as ApiProcess[];
const journeys = JSON.parse(readFileSync('dist/api/journeys.json', 'utf8')) as ApiJourney[];
const dist = (url: string) => path.join('dist', url);
const require = createRequire(import.meta.url);
// bpmn-js's own prebuilt viewer, loaded into a blank test page only (never part of dist/).
const bpmnViewer = require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js');

const variants = processes.flatMap((p) => p.variants.map((v) => ({ process: p, variant: v })));

test('every process variant has a .bpmn file that bpmn-moddle reads without warnings, one lane per role, every step in its lane, bpmnlint:recommended without errors', async () => {
  expect(variants.length).toBeGreaterThanOrEqual(10);
  for (const { process, variant } of variants) {
    // A fresh linter per file: some rules (no-duplicate-sequence-flows) keep state between runs.
    const linter = new Linter({ config: { extends: 'bpmnlint:recommended' }, resolver: new NodeResolver() });
    const file = variant.downloads.bpmn;
    expect(file).toBe(`/prosesser/${process.id}/${process.id}-${variant.variant}.bpmn`);
    expect(existsSync(dist(file)), file).toBe(true);
    const { rootElement, warnings, elementsById } = await new BpmnModdle().fromXML(readFileSync(dist(file), 'utf8'));
    expect(warnings.map((w) => w.message), file).toEqual([]);
    const roots = rootElement.rootElements as ModdleElement[];
    const collaboration = roots.find((r) => r.$type === 'bpmn:Collaboration')!;
    expect((collaboration.participants as ModdleElement[]).length, file).toBe(1);
    const bpmnProcess = roots.find((r) => r.$type === 'bpmn:Process')!;
    const lanes = ((bpmnProcess.laneSets as ModdleElement[])[0]!.lanes as ModdleElement[]);
    expect(lanes.map((l) => l.name), file).toEqual(process.lanes.map((l) => l.title));
    const laneOf = new Map(lanes.flatMap((l) => (l.flowNodeRef as ModdleElement[] | undefined ?? []).map((n) => [n.id!, l.name] as const)));
    const flowNodes = (bpmnProcess.flowElements as ModdleElement[]).filter((e) => e.$type !== 'bpmn:SequenceFlow');
    for (const node of flowNodes) expect(laneOf.has(node.id!), `${file}: ${node.id} in no lane`).toBe(true);
    for (const step of variant.steps) {
      const element = Object.values(elementsById).find((e) => e.name === step.label && e.$type !== 'bpmn:SequenceFlow' && e.$type !== 'bpmn:Lane');
      expect(element, `${file}: step ${step.id}`).toBeDefined();
      expect(laneOf.get(element!.id!), `${file}: step ${step.id}`).toBe(process.lanes.find((l) => l.id === step.lane)!.title);
      const system = process.lanes.find((l) => l.id === step.lane)!.kind === 'system';
      const type = { start: 'bpmn:StartEvent', end: 'bpmn:EndEvent', decision: 'bpmn:ExclusiveGateway', task: system ? 'bpmn:ServiceTask' : 'bpmn:Task' }[step.kind];
      expect(element!.$type, `${file}: step ${step.id}`).toBe(type);
      expect(((element!.documentation as ModdleElement[])[0]!.text as string), file).toContain(step.label);
      if (step.kind === 'decision') {
        expect((element!.outgoing as ModdleElement[]).map((f) => f.name), file).toEqual(step.next.map((n) => n.label));
      }
    }
    const errors = Object.entries(await linter.lint(rootElement)).flatMap(([rule, list]) => list.filter((r) => r.category === 'error').map((r) => `${rule}: ${r.id} ${r.message}`));
    expect(errors, file).toEqual([]);
  }
});

test('every .bpmn file opens in bpmn-js in Chromium without warnings, every shape with DI bounds', async ({ page }) => {
  await page.setContent('<!doctype html><html><body><div id="canvas"></div></body></html>');
  await page.addScriptTag({ path: bpmnViewer });
  for (const { variant } of variants) {
    const xml = readFileSync(dist(variant.downloads.bpmn), 'utf8');
    const result = await page.evaluate(async (xml) => {
      type Element = { id: string; type: string; businessObject: { $type: string }; di?: { bounds?: { width: number; height: number }; waypoint?: unknown[] }; waypoints?: unknown[] };
      const Viewer = (window as unknown as { BpmnJS: new (o: object) => { importXML: (x: string) => Promise<{ warnings: { message: string }[] }>; get: (n: string) => { getAll: () => Element[] }; destroy: () => void } }).BpmnJS;
      const viewer = new Viewer({ container: '#canvas', width: 1600, height: 900 });
      const { warnings } = await viewer.importXML(xml);
      const all = viewer.get('elementRegistry').getAll();
      const shapes = all.filter((e) => !e.waypoints && e.type !== 'label' && e.businessObject.$type !== 'bpmn:Collaboration' && e.type !== '__implicitroot');
      const edges = all.filter((e) => e.waypoints);
      const missing = shapes.filter((e) => !(e.di?.bounds && e.di.bounds.width > 0 && e.di.bounds.height > 0)).map((e) => e.id);
      const types = [...new Set(shapes.map((e) => e.businessObject.$type))];
      viewer.destroy();
      return { warnings: warnings.map((w) => w.message), shapes: shapes.length, edges: edges.length, missing, types };
    }, xml);
    expect(result.warnings, variant.downloads.bpmn).toEqual([]);
    expect(result.missing, variant.downloads.bpmn).toEqual([]);
    expect(result.shapes, variant.downloads.bpmn).toBeGreaterThanOrEqual(variant.steps.length + 1);
    expect(result.types, variant.downloads.bpmn).toContain('bpmn:Lane');
    expect(result.edges, variant.downloads.bpmn).toBeGreaterThanOrEqual(variant.steps.reduce((n, s) => n + s.next.length, 0));
  }
});

/** The smallest rendered font size (CSS px, after any scaling of the SVG) of the diagram text on the page. */
async function smallestDiagramText(page: Page): Promise<{ min: number; count: number }> {
  return page.evaluate(() => {
    const sizes = [...document.querySelectorAll<SVGTextElement>('figure.diagram svg text')]
      .filter((t) => t.textContent?.trim())
      .map((t) => parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 0));
    return { min: Math.min(...sizes), count: sizes.length };
  });
}

const diagramPages = [...processes.map((p) => p.url), ...journeys.map((j) => j.url)];

test('at 1280 px the diagram text on every process and journey page is at least 12 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const url of diagramPages) {
    await page.goto(url);
    const { min, count } = await smallestDiagramText(page);
    expect(count, url).toBeGreaterThan(0);
    expect(min, url).toBeGreaterThanOrEqual(12);
  }
});

test('at 390 px every diagram keeps its text size in its own scrollable, keyboard-focusable region', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const url of diagramPages) {
    await page.goto(url);
    const { min } = await smallestDiagramText(page);
    expect(min, url).toBeGreaterThanOrEqual(12);
    const regions = page.locator('figure.diagram .svg-wrap');
    const count = await regions.count();
    expect(count, url).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const region = regions.nth(i);
      await expect(region, url).toHaveAttribute('tabindex', '0');
      await expect(region, url).toHaveAttribute('role', 'region');
      await expect(region, url).toHaveAccessibleName(/.+/);
      const scroll = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(scroll.scroll, `${url} region ${i} scrolls`).toBeGreaterThan(scroll.client);
      // The page itself does not scroll sideways: only the region does.
      expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(390);
    }
  }
  // Keyboard: Tab reaches the first diagram region, and arrow keys scroll it.
  await page.goto('/prosesser/byggesak-saksbehandling/');
  const region = page.locator('#dagens figure.diagram .svg-wrap');
  await region.focus();
  await expect(region).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});

test('the byggesøknad journey printed to PDF contains every step of every phase of both variants', async ({ page }) => {
  const journey = journeys.find((j) => j.id === 'byggesoknad')!;
  await page.goto(journey.url);
  mkdirSync('test-results', { recursive: true });
  const pdf = path.resolve('test-results/byggesoknad.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  // Line breaks, hyphenation and columns may split words: compare letters only.
  const squash = (s: string) => s.normalize('NFC').replace(/[\s\u00ad-]+/g, '').toLowerCase();
  const printed = squash(text);
  let checked = 0;
  for (const variant of journey.variants) {
    for (const phase of variant.phases) {
      expect(printed, `${variant.variant}: phase ${phase.title}`).toContain(squash(phase.title));
      for (const step of phase.steps) {
        expect(printed, `${variant.variant}: ${phase.title}: ${step.action}`).toContain(squash(step.action));
        checked++;
      }
    }
  }
  expect(checked).toBeGreaterThanOrEqual(18);
});

test('journey map is stacked by phase at 390 px, with every step readable without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/brukerreiser/byggesoknad/');
  await expect(page.locator('#dagens .journey-map-wide')).toBeHidden();
  const stack = page.locator('#dagens .journey-stack');
  await expect(stack).toBeVisible();
  await expect(stack.getByRole('heading', { name: 'Motta svar' })).toBeVisible();
  const journey = journeys.find((j) => j.id === 'byggesoknad')!;
  const steps = journey.variants.find((v) => v.variant === 'dagens')!.phases.flatMap((p) => p.steps);
  await expect(stack.locator('.stack-steps > li')).toHaveCount(steps.length);
  for (const box of await stack.locator('.stack-steps > li').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right))) expect(box).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(page);
});

test('journey steps link to process steps of the same variant only', async ({ page }) => {
  await page.goto('/brukerreiser/byggesoknad/');
  for (const variant of ['dagens', 'fremtidig']) {
    const hrefs = await page.locator(`#${variant} table.journey-map tr:has(th:text("I arbeidsprosessen")) a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length, variant).toBeGreaterThan(0);
    for (const href of hrefs) expect(href, variant).toMatch(new RegExp(`#${variant}-steg-`));
  }
});

test('every process and journey page has a diagram download in SVG; processes have BPMN too', async ({ page }) => {
  for (const j of journeys) for (const v of j.variants) {
    expect(v.downloads.svg).toBe(`/brukerreiser/${j.id}/${j.id}-${v.variant}.svg`);
    expect(readFileSync(dist(v.downloads.svg), 'utf8'), v.downloads.svg).toMatch(/^<\?xml[^>]*>\s*<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  }
  await page.goto('/prosesser/byggesak-saksbehandling/');
  const link = page.locator('#fremtidig').getByRole('link', { name: /BPMN 2\.0/ });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('byggesak-saksbehandling-fremtidig.bpmn');
  await page.goto('/brukerreiser/byggesoknad/');
  const [svg] = await Promise.all([page.waitForEvent('download'), page.locator('#dagens').getByRole('link', { name: 'Diagrammet som bilde (SVG)' }).click()]);
  expect(svg.suggestedFilename()).toBe('byggesoknad-dagens.svg');
});

test('process page compares today and future step by step, as computed by compareVariants', async ({ page }) => {
  const process = processes.find((p) => p.id === 'byggesak-saksbehandling')!;
  const expected = compareVariants(process)!;
  await page.goto(process.url);
  const section = page.getByRole('region', { name: 'Dagens og fremtidig prosess side om side' });
  await expect(section).toBeVisible();
  const table = section.getByRole('table', { name: 'Steg for steg: dagens og fremtidig prosess' });
  await expect(table.locator('tbody tr')).toHaveCount(expected.changes.length);
  await expect(section.locator('dt:text("Nye steg") + dd')).toHaveText(String(expected.counts.added));
  await expect(section.locator('dt:text("Fjernede steg") + dd')).toHaveText(String(expected.counts.removed));
  await expect(section.locator('dt:text("Automatiserte steg") + dd')).toHaveText(String(expected.counts.automated));
  await expect(section.locator('dt:text("Flyttet til en annen rolle") + dd')).toHaveText(String(expected.counts.moved));
  const removed = expected.changes.find((c) => c.kind === 'removed')!;
  await expect(table.locator('tr', { hasText: removed.today!.label }).locator('th')).toHaveText('Fjernet');
  const automated = expected.changes.find((c) => c.automated)!;
  await expect(table.locator('tr', { hasText: automated.future!.label }).locator('th')).toContainText('Automatisert');
});

test('every process page is at most 60 KB gzip HTML', () => {
  for (const p of processes) {
    const size = gzipSync(readFileSync(dist(path.join(p.url, 'index.html')))).length;
    expect(size, p.url).toBeLessThanOrEqual(60 * 1024);
  }
});

for (const url of diagramPages) {
  test(`axe finds no violations on ${url}`, async ({ page }) => {
    await page.goto(url);
    await expectNoAxeViolations(page);
  });
}
