/**
 * BPMN 2.0 XML for one process variant, built with bpmn-moddle from the typed data: a
 * collaboration with one participant, one lane per role, typed flow nodes (start event, task or
 * service task, exclusive gateway, end event), sequence flows (named where a decision branches),
 * the step text as documentation, and DI from the same lane grid the page's SVG is drawn from.
 */
import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import { GRID, layoutProcess, type Bounds, type LaneLayout } from './lane-layout';
import type { Lane, ProcessStep, ProcessVariant } from './process';

export interface BpmnInput {
  id: string;
  title: string;
  lanes: Lane[];
  variant: ProcessVariant;
  /** Absolute or site-relative URL of the process page, written into the documentation. */
  pageUrl?: string;
}

/** An XML NCName from a slug: BPMN ids may not start with a digit and contain no `#` or spaces. */
const ncName = (prefix: string, id: string) => `${prefix}_${id.replace(/[^A-Za-z0-9_.-]/g, '_')}`;

export const bpmnIds = {
  process: (input: Pick<BpmnInput, 'id' | 'variant'>) => ncName('Process', `${input.id}_${input.variant.variant}`),
  lane: (laneId: string) => ncName('Lane', laneId),
  step: (stepId: string) => ncName('Step', stepId),
  flow: (edgeId: string) => ncName('Flow', edgeId),
};

/** What a step becomes in BPMN: the work of a `system` lane is a service task. */
export function bpmnType(step: ProcessStep, lane: Lane | undefined): string {
  switch (step.kind) {
    case 'start':
      return 'bpmn:StartEvent';
    case 'end':
      return 'bpmn:EndEvent';
    case 'decision':
      return 'bpmn:ExclusiveGateway';
    default:
      return lane?.kind === 'system' ? 'bpmn:ServiceTask' : 'bpmn:Task';
  }
}

function documentation(step: ProcessStep): string {
  const parts = [step.label];
  if (step.system) parts.push(`System: ${step.system}.`);
  if (step.components.length) parts.push(`Felleskomponenter: ${step.components.join(', ')}.`);
  if (step.requirements.length) parts.push(`Krav: ${step.requirements.join(', ')}.`);
  return parts.join(' ');
}

function append(element: ModdleElement, key: 'incoming' | 'outgoing', value: ModdleElement) {
  const list = (element[key] as ModdleElement[] | undefined) ?? [];
  list.push(value);
  element[key] = list;
}

/** One metamodel for every file: building the BPMN types costs more than most processes (it holds no document state). */
let sharedModdle: BpmnModdle | undefined;

export async function processBpmn(input: BpmnInput, layout: LaneLayout = layoutProcess(input.lanes, input.variant)): Promise<string> {
  const moddle = (sharedModdle ??= new BpmnModdle());
  const { variant } = input;
  const laneById = new Map(input.lanes.map((l) => [l.id, l]));
  const bounds = (b: Bounds) => moddle.create('dc:Bounds', { x: b.x, y: b.y, width: b.width, height: b.height });

  const elements = new Map<string, ModdleElement>();
  for (const node of layout.nodes) {
    const step = node.step;
    const docs = [moddle.create('bpmn:Documentation', { text: documentation(step) })];
    elements.set(step.id, moddle.create(bpmnType(step, laneById.get(step.lane)), { id: bpmnIds.step(step.id), name: step.label, documentation: docs }));
  }
  for (const join of layout.joins) {
    elements.set(join.id, moddle.create('bpmn:ExclusiveGateway', { id: bpmnIds.step(join.id), gatewayDirection: 'Converging' }));
  }

  const flows = layout.edges.map((edge) => {
    const source = elements.get(edge.from)!;
    const target = elements.get(edge.to)!;
    const flow = moddle.create('bpmn:SequenceFlow', { id: bpmnIds.flow(edge.id), sourceRef: source, targetRef: target, ...(edge.label ? { name: edge.label } : {}) });
    append(source, 'outgoing', flow);
    append(target, 'incoming', flow);
    return { edge, flow };
  });

  const lanes = layout.lanes.map((l) => {
    const refs = [
      ...layout.nodes.filter((n) => n.step.lane === l.lane.id).map((n) => elements.get(n.step.id)!),
      ...layout.joins.filter((j) => j.lane === l.lane.id).map((j) => elements.get(j.id)!),
    ];
    return { laid: l, lane: moddle.create('bpmn:Lane', { id: bpmnIds.lane(l.lane.id), name: l.lane.title, flowNodeRef: refs }) };
  });

  const processId = bpmnIds.process(input);
  const name = `${input.title} (${variant.variant})`;
  const processDocs = [variant.description, input.pageUrl ? `Kilde: ${input.pageUrl}` : undefined].filter(Boolean).join(' ');
  const process = moddle.create('bpmn:Process', {
    id: processId,
    name,
    isExecutable: false,
    ...(processDocs ? { documentation: [moddle.create('bpmn:Documentation', { text: processDocs })] } : {}),
    laneSets: [moddle.create('bpmn:LaneSet', { id: `${processId}_lanes`, lanes: lanes.map((l) => l.lane) })],
    flowElements: [...elements.values(), ...flows.map((f) => f.flow)],
  });
  const participant = moddle.create('bpmn:Participant', { id: `Participant_${processId}`, name, processRef: process });
  const collaboration = moddle.create('bpmn:Collaboration', { id: `Collaboration_${processId}`, participants: [participant] });

  const shapes: ModdleElement[] = [
    moddle.create('bpmndi:BPMNShape', { id: `${participant.id}_di`, bpmnElement: participant, isHorizontal: true, bounds: bounds(layout.bounds) }),
    ...lanes.map(({ laid, lane }) => moddle.create('bpmndi:BPMNShape', { id: `${lane.id}_di`, bpmnElement: lane, isHorizontal: true, bounds: bounds(laid.bounds) })),
    ...layout.nodes.map((n) => {
      const element = elements.get(n.step.id)!;
      const label = n.labelBounds ? { label: moddle.create('bpmndi:BPMNLabel', { bounds: bounds(n.labelBounds) }) } : {};
      // Decisions show the X marker, as on the page; the joins stay plain diamonds.
      const marker = n.step.kind === 'decision' ? { isMarkerVisible: true } : {};
      return moddle.create('bpmndi:BPMNShape', { id: `${element.id}_di`, bpmnElement: element, bounds: bounds(n.bounds), ...marker, ...label });
    }),
    ...layout.joins.map((j) => {
      const element = elements.get(j.id)!;
      return moddle.create('bpmndi:BPMNShape', { id: `${element.id}_di`, bpmnElement: element, bounds: bounds(j.bounds) });
    }),
    ...flows.map(({ edge, flow }) =>
      moddle.create('bpmndi:BPMNEdge', {
        id: `${flow.id}_di`,
        bpmnElement: flow,
        waypoint: edge.waypoints.map((p) => moddle.create('dc:Point', { x: p.x, y: p.y })),
        ...(edge.label && edge.labelAt
          ? { label: moddle.create('bpmndi:BPMNLabel', { bounds: bounds({ x: edge.labelAt.x, y: edge.labelAt.y - GRID.smallFontSize, width: Math.max(24, edge.label.length * 7), height: GRID.smallLineHeight }) }) }
          : {}),
      }),
    ),
  ];
  const plane = moddle.create('bpmndi:BPMNPlane', { id: `${collaboration.id}_plane`, bpmnElement: collaboration, planeElement: shapes });
  const diagram = moddle.create('bpmndi:BPMNDiagram', { id: `Diagram_${processId}`, name, plane });
  const definitions = moddle.create('bpmn:Definitions', {
    id: `Definitions_${processId}`,
    // The namespace BPMN tools (bpmn.io, Camunda Modeler) write by default.
    targetNamespace: 'http://bpmn.io/schema/bpmn',
    exporter: 'KommIT verktøykasse',
    exporterVersion: '1',
    rootElements: [collaboration, process],
    diagrams: [diagram],
  });
  const { xml } = await moddle.toXML(definitions, { format: true });
  return xml;
}
