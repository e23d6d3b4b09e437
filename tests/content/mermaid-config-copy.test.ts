/**
 * The build draws Mermaid with a cheaper getConfig() (src/node/mermaid.ts, `withCheaperConfigCopy`).
 * It must draw exactly what Mermaid draws on its own: the same diagrams are drawn in two Chromium
 * pages, one with Mermaid as published and one as the build loads it, and compared byte for byte.
 * And a drawing must not change from one build to the next (a clean build equals a cached one).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/node/browser';
import { MERMAID_CONFIG, loadMermaid, withCheaperConfigCopy } from '../../src/node/mermaid';

const bundle = readFileSync(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js'), 'utf8');

/** Several diagram types, a config directive (a new configuration mid-way) and a syntax error. */
const DIAGRAMS = [
  'flowchart LR\n  a["Søknad mottatt"] --> b{"Komplett?"}\n  b -- Ja --> c["Vedtak"]\n  b -- Nei --> d["Be om mer"] --> a',
  "%%{init: {'theme': 'forest', 'flowchart': {'curve': 'step'}}}%%\nflowchart TB\n  x[Innbygger] --> y[Kommune]",
  'flowchart TD\n  p["Etter direktivet: tilbake til vårt oppsett"] --> q[Arkiv]',
  'sequenceDiagram\n  Innbygger->>Kommune: Søknad\n  Kommune-->>Innbygger: Kvittering\n  Note over Kommune: Saksbehandling',
  'classDiagram\n  class Sak {\n    +String id\n    +lukk()\n  }\n  Sak <|-- Byggesak',
  'stateDiagram-v2\n  [*] --> Mottatt\n  Mottatt --> Behandles\n  Behandles --> [*]',
  'erDiagram\n  SAK ||--o{ DOKUMENT : har',
  'gantt\n  dateFormat YYYY-MM-DD\n  section Prosjekt\n  Kartlegge :a1, 2026-01-01, 30d\n  Anskaffe :after a1, 20d',
  'pie title Fordeling\n  "Digitalt" : 70\n  "Papir" : 30',
  'flowchart LR\n  a --> ',
  'journey\n  title Søke om plass\n  section Søke\n    Finne skjema: 3: Innbygger',
];

type Drawn = { ok: true; svg: string } | { ok: false; message: string };

async function drawAll(p: Page): Promise<{ drawn: Drawn[]; leaked: unknown }> {
  return p.evaluate(async (sources) => {
    const m = (window as unknown as { mermaid: { render: (id: string, s: string) => Promise<{ svg: string }>; mermaidAPI: { getConfig: () => Record<string, Record<string, unknown>> } } }).mermaid;
    const drawn: Drawn[] = [];
    let i = 0;
    for (const source of sources) {
      try {
        drawn.push({ ok: true, svg: (await m.render(`d${i++}`, source)).svg });
      } catch (error) {
        drawn.push({ ok: false, message: String((error as Error).message) });
      }
    }
    // A caller that changes its copy must not change the next one.
    m.mermaidAPI.getConfig().flowchart!.curve = 'changed';
    return { drawn, leaked: m.mermaidAPI.getConfig().flowchart!.curve };
  }, DIAGRAMS);
}

describe('Mermaid with the cheaper config copy', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finds the one getConfig in the installed Mermaid', () => {
    const { bundle: patched, patched: found } = withCheaperConfigCopy(bundle);
    expect(found, 'the getConfig pattern is not in this Mermaid: update withCheaperConfigCopy').toBe(true);
    expect(patched).toContain('globalThis.kommitConfigCopy(');
    expect(withCheaperConfigCopy('no mermaid here')).toEqual({ bundle: 'no mermaid here', patched: false });
  });

  it('draws every diagram byte for byte as Mermaid does on its own, and keeps copies apart', async () => {
    const results = [];
    for (const plain of [true, false]) {
      const p = await browser.newPage();
      await p.setContent('<!doctype html><html><body></body></html>');
      await loadMermaid(p, { plain });
      const patchedHere = await p.evaluate(() => typeof (globalThis as { kommitConfigCopy?: unknown }).kommitConfigCopy === 'function');
      expect(patchedHere).toBe(!plain);
      await p.evaluate((config) => (window as unknown as { mermaid: { initialize: (c: object) => void } }).mermaid.initialize(config), MERMAID_CONFIG);
      results.push(await drawAll(p));
      await p.close();
    }
    const [plain, cheaper] = results;
    expect(plain!.drawn.filter((d) => d.ok).length).toBe(DIAGRAMS.length - 1);
    expect(cheaper!.drawn).toEqual(plain!.drawn);
    expect(cheaper!.leaked).toBe(plain!.leaked);
    expect(cheaper!.leaked).not.toBe('changed');
  });

  it('draws the same diagram the same way every time (class and state diagrams have no random wobble)', async () => {
    const drawings = [];
    for (let run = 0; run < 2; run++) {
      const p = await browser.newPage();
      await p.setContent('<!doctype html><html><body></body></html>');
      await loadMermaid(p);
      await p.evaluate((config) => (window as unknown as { mermaid: { initialize: (c: object) => void } }).mermaid.initialize(config), MERMAID_CONFIG);
      drawings.push((await drawAll(p)).drawn);
      await p.close();
    }
    expect(drawings[1]).toEqual(drawings[0]);
  });
});
