import { describe, expect, it } from 'vitest';
import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import { Linter } from 'bpmnlint';
import NodeResolver from 'bpmnlint/lib/resolver/node-resolver.js';
import { bpmnIds, processBpmn } from '../../src/lib/bpmn';
import { layoutProcess, stepColumns, wrapText, type Bounds } from '../../src/lib/lane-layout';
import { processSvg } from '../../src/lib/process-svg';
import type { Lane, ProcessStep, ProcessVariant } from '../../src/lib/process';

const step = (id: string, lane: string, extra: Partial<ProcessStep> = {}): ProcessStep => ({
  id, kind: 'task', label: `Steg ${id}`, lane, components: [], next: [], journeySteps: [], requirements: [], ...extra,
});
const lanes: Lane[] = [
  { id: 'innbygger', title: 'Innbygger <og> "søker"', kind: 'rolle' },
  { id: 'saksbehandler', title: 'Saksbehandler', kind: 'rolle' },
  { id: 'fagsystem', title: 'Fagsystem', kind: 'system' },
  { id: 'arkiv', title: 'Arkiv', kind: 'rolle' },
];
// A decision with two branches that meet again, a loop back, and a system lane.
const variant: ProcessVariant = {
  variant: 'fremtidig',
  description: 'Testvariant & mer',
  steps: [
    step('start', 'innbygger', { kind: 'start', label: 'Søknad sendes', next: [{ to: 'motta' }] }),
    step('motta', 'fagsystem', { label: 'Ta imot søknaden', system: 'fagsystem', next: [{ to: 'komplett' }] }),
    step('komplett', 'saksbehandler', { kind: 'decision', label: 'Er søknaden komplett?', next: [{ to: 'behandle', label: 'Ja' }, { to: 'etterlys', label: 'Nei' }] }),
    step('etterlys', 'saksbehandler', { label: 'Be om mer dokumentasjon', next: [{ to: 'motta' }] }),
    step('behandle', 'saksbehandler', { label: 'Behandle søknaden med et svært langt navn som må brytes over flere linjer', components: ['matrikkelen'], requirements: ['X-1'], next: [{ to: 'slutt' }] }),
    step('slutt', 'innbygger', { kind: 'end', label: 'Svar mottatt' }),
  ],
};

async function parse(xml: string) {
  const moddle = new BpmnModdle();
  return moddle.fromXML(xml);
}

const overlaps = (a: Bounds, b: Bounds) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Bounds, outer: Bounds) => inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

describe('lane grid', () => {
  it('places steps in columns by their longest distance from the start, ignoring the loop back', () => {
    const columns = stepColumns(variant.steps);
    expect(Object.fromEntries(columns)).toEqual({ start: 0, motta: 1, komplett: 2, etterlys: 3, behandle: 3, slutt: 4 });
  });
  it('puts every step inside its own lane, with no two shapes overlapping', () => {
    const layout = layoutProcess(lanes, variant);
    expect(layout.lanes.map((l) => l.lane.id)).toEqual(lanes.map((l) => l.id));
    const laneBounds = new Map(layout.lanes.map((l) => [l.lane.id, l.bounds]));
    for (const node of layout.nodes) expect(inside(node.bounds, laneBounds.get(node.step.lane)!), node.step.id).toBe(true);
    const shapes = [...layout.nodes.map((n) => n.bounds), ...layout.joins.map((j) => j.bounds)];
    for (let i = 0; i < shapes.length; i++) for (let j = i + 1; j < shapes.length; j++) expect(overlaps(shapes[i]!, shapes[j]!)).toBe(false);
  });
  it('joins flows that meet on a step with a gateway before it', () => {
    const layout = layoutProcess(lanes, variant);
    expect(layout.joins.map((j) => j.before)).toEqual(['motta']);
    expect(layout.edges.filter((e) => e.to === 'join-motta').map((e) => e.from).sort()).toEqual(['etterlys', 'start']);
  });
  it('wraps text into lines without losing a word', () => {
    const text = 'Behandle søknaden med et svært langt navn som må brytes over flere linjer';
    const lines = wrapText(text, 120);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(text);
    expect(wrapText('Saksbehandlingsinformasjonssystem', 80).join('').replace(/-/g, '')).toBe('Saksbehandlingsinformasjonssystem');
  });
});

describe('BPMN 2.0 export', () => {
  it('is read back by bpmn-moddle without warnings, with a lane per role and every step in its lane', async () => {
    const xml = await processBpmn({ id: 'test', title: 'Test', lanes, variant });
    const { rootElement, warnings, elementsById } = await parse(xml);
    expect(warnings).toEqual([]);
    const [collaboration, process] = rootElement.rootElements as ModdleElement[];
    expect(collaboration!.$type).toBe('bpmn:Collaboration');
    expect((collaboration!.participants as ModdleElement[]).length).toBe(1);
    const laneSet = (process!.laneSets as ModdleElement[])[0]!;
    const bpmnLanes = laneSet.lanes as ModdleElement[];
    expect(bpmnLanes.map((l) => l.name)).toEqual(lanes.map((l) => l.title));
    for (const s of variant.steps) {
      const element = elementsById[bpmnIds.step(s.id)]!;
      expect(element.name).toBe(s.label);
      const lane = bpmnLanes.find((l) => (l.flowNodeRef as ModdleElement[]).includes(element));
      expect(lane?.id, s.id).toBe(bpmnIds.lane(s.lane));
      expect(((element.documentation as ModdleElement[])[0]!.text as string)).toContain(s.label);
    }
    expect(elementsById[bpmnIds.step('start')]!.$type).toBe('bpmn:StartEvent');
    expect(elementsById[bpmnIds.step('motta')]!.$type).toBe('bpmn:ServiceTask');
    expect(elementsById[bpmnIds.step('etterlys')]!.$type).toBe('bpmn:Task');
    expect(elementsById[bpmnIds.step('komplett')]!.$type).toBe('bpmn:ExclusiveGateway');
    expect(elementsById[bpmnIds.step('slutt')]!.$type).toBe('bpmn:EndEvent');
    const branches = (elementsById[bpmnIds.step('komplett')]!.outgoing as ModdleElement[]).map((f) => f.name);
    expect(branches).toEqual(['Ja', 'Nei']);
    expect(xml).toContain('name="Innbygger &#60;og&#62; &#34;søker&#34;"');
  });

  it('has DI for every flow node, lane and flow', async () => {
    const xml = await processBpmn({ id: 'test', title: 'Test', lanes, variant });
    const { rootElement } = await parse(xml);
    const plane = ((rootElement.diagrams as ModdleElement[])[0]!.plane as ModdleElement);
    const withDi = new Set((plane.planeElement as ModdleElement[]).map((d) => (d.bpmnElement as ModdleElement).id));
    const process = (rootElement.rootElements as ModdleElement[])[1]!;
    for (const element of process.flowElements as ModdleElement[]) expect(withDi.has(element.id), element.id).toBe(true);
    for (const lane of ((process.laneSets as ModdleElement[])[0]!.lanes as ModdleElement[])) expect(withDi.has(lane.id)).toBe(true);
    const decisionDi = (plane.planeElement as ModdleElement[]).find((d) => (d.bpmnElement as ModdleElement).id === bpmnIds.step('komplett'))!;
    expect(decisionDi.isMarkerVisible).toBe(true);
    for (const d of plane.planeElement as ModdleElement[]) {
      if (d.$type === 'bpmndi:BPMNShape') expect((d.bounds as Bounds).width).toBeGreaterThan(0);
      else expect((d.waypoint as unknown[]).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('passes bpmnlint:recommended without errors or warnings', async () => {
    const xml = await processBpmn({ id: 'test', title: 'Test', lanes, variant });
    const { rootElement } = await parse(xml);
    const linter = new Linter({ config: { extends: 'bpmnlint:recommended' }, resolver: new NodeResolver() });
    const reports = Object.entries(await linter.lint(rootElement)).flatMap(([rule, list]) => list.map((r) => `${rule} ${r.category} ${r.id}: ${r.message}`));
    expect(reports).toEqual([]);
  });

  it('bpmnlint does find errors in a broken model (the lint really runs)', async () => {
    const xml = (await processBpmn({ id: 'test', title: 'Test', lanes, variant })).replace(/<bpmn:endEvent[\s\S]*?<\/bpmn:endEvent>/, '');
    const { rootElement } = await parse(xml);
    const linter = new Linter({ config: { extends: 'bpmnlint:recommended' }, resolver: new NodeResolver() });
    const errors = Object.values(await linter.lint(rootElement)).flat().filter((r) => r.category === 'error');
    expect(errors.length).toBeGreaterThan(0);
  });
});

describe('process SVG', () => {
  it('draws the lanes and every label as text, escaped, with presentation attributes only', () => {
    const svg = processSvg(layoutProcess(lanes, variant), { idPrefix: 'x', title: 'Test & prøve' });
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('<title id="x-svgtittel">Test &amp; prøve</title>');
    expect(svg).toContain('Innbygger &lt;og&gt;');
    expect(svg).not.toContain('<og>');
    expect(svg).not.toMatch(/\sstyle=|<style|<script|foreignObject/);
    const text = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(' ');
    for (const s of variant.steps) for (const word of s.label.split(' ')) expect(text).toContain(word);
    const sizes = [...svg.matchAll(/font-size="(\d+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  });
});

describe('wrapping long compounds', () => {
  it('breaks at a hyphen or slash the word already has before hyphenating', () => {
    expect(wrapText('Fagsystem eller sak/arkiv-system', 124)).toEqual(['Fagsystem eller', 'sak/arkiv-', 'system']);
  });
});
