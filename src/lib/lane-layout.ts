/**
 * A lane grid for one process variant: one horizontal lane per role, one column per step of the
 * flow (its longest distance from a start), and extra rows inside a lane where two of its steps
 * share a column. The same geometry feeds the page's SVG and the BPMN DI, so a process opened in a
 * BPMN tool looks like the diagram on the page.
 */
import type { Lane, ProcessStep, ProcessVariant } from './process';

export interface Bounds { x: number; y: number; width: number; height: number }
export interface Point { x: number; y: number }

export interface LaidOutNode {
  step: ProcessStep;
  column: number;
  /** The shape (task box, event circle, gateway diamond). */
  bounds: Bounds;
  /** Lines of the step's label; inside a task, beside the shape for events and gateways. */
  lines: string[];
  /** Lines naming the system, inside a task box. */
  systemLines: string[];
  /** Where the label of an event or gateway is drawn (outside the shape). */
  labelBounds?: Bounds;
}

/**
 * Where two or more flows meet before a step, an unnamed exclusive gateway joins them (BPMN tools
 * and bpmnlint read flows that meet on a task as a modelling mistake). It sits in the gap before
 * the step.
 */
export interface LaidOutJoin {
  id: string;
  /** The step it leads into. */
  before: string;
  lane: string;
  bounds: Bounds;
}

export interface LaidOutEdge {
  id: string;
  /** A step id or a join id. */
  from: string;
  to: string;
  label?: string;
  waypoints: Point[];
  /** Where the branch name of a decision is written. */
  labelAt?: Point;
}

export interface LaidOutLane {
  lane: Lane;
  bounds: Bounds;
  titleLines: string[];
}

export interface LaneLayout {
  /** The whole pool, participant band included. */
  bounds: Bounds;
  lanes: LaidOutLane[];
  nodes: LaidOutNode[];
  joins: LaidOutJoin[];
  edges: LaidOutEdge[];
}

/** Sizes in CSS pixels at scale 1 (the page draws the SVG at this size). */
export const GRID = {
  /** The participant's name band of a BPMN pool (not drawn on the page). */
  participantBand: 30,
  /** Where the lane title is written, left of the first column. */
  laneHeader: 140,
  columnWidth: 180,
  columnGap: 70,
  join: 30,
  rowGap: 36,
  padding: 20,
  event: 36,
  gateway: 50,
  fontSize: 14,
  smallFontSize: 12,
  lineHeight: 17,
  smallLineHeight: 15,
} as const;

/**
 * Average advance of a character in Arial as a share of the font size. Slightly generous, so a
 * wrapped line never runs past its box in the browser.
 */
const CHAR_WIDTH = 0.56;

/** Splits text into lines that fit `width` px at `fontSize`; words longer than a line are broken. */
export function wrapText(text: string, width: number, fontSize: number = GRID.fontSize): string[] {
  const perLine = Math.max(4, Math.floor(width / (fontSize * CHAR_WIDTH)));
  const lines: string[] = [];
  let line = '';
  for (let word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    while (word.length > perLine) {
      if (line) { lines.push(line); line = ''; }
      // Break after a hyphen or slash the word already has, else hyphenate at the edge.
      const natural = Math.max(word.lastIndexOf('-', perLine - 1), word.lastIndexOf('/', perLine - 1));
      const cut = natural > 0 ? natural + 1 : perLine - 1;
      lines.push(natural > 0 ? word.slice(0, cut) : `${word.slice(0, cut)}-`);
      word = word.slice(cut);
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= perLine) line += ` ${word}`;
    else { lines.push(line); line = word; }
  }
  if (line) lines.push(line);
  return lines;
}

/** Column of each step: its longest distance from a start step, loops (back edges) left out. */
export function stepColumns(steps: ProcessStep[]): Map<string, number> {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const backEdges = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string) => {
    state.set(id, 'open');
    for (const next of byId.get(id)?.next ?? []) {
      if (!byId.has(next.to)) continue;
      const s = state.get(next.to);
      if (s === 'open') backEdges.add(`${id}>${next.to}`);
      else if (!s) visit(next.to);
    }
    state.set(id, 'done');
  };
  for (const step of steps.filter((s) => s.kind === 'start')) if (!state.has(step.id)) visit(step.id);
  for (const step of steps) if (!state.has(step.id)) visit(step.id);

  const column = new Map(steps.map((s) => [s.id, 0]));
  // Longest path by relaxation; the graph without back edges is acyclic, so |steps| rounds suffice.
  for (let round = 0; round < steps.length; round++) {
    let changed = false;
    for (const step of steps) {
      for (const next of step.next) {
        if (!byId.has(next.to) || backEdges.has(`${step.id}>${next.to}`)) continue;
        const candidate = column.get(step.id)! + 1;
        if (candidate > column.get(next.to)!) { column.set(next.to, candidate); changed = true; }
      }
    }
    if (!changed) break;
  }
  return column;
}

const taskTextWidth = GRID.columnWidth - 16;

function nodeText(step: ProcessStep) {
  if (step.kind === 'task') {
    return {
      lines: wrapText(step.label, taskTextWidth),
      systemLines: step.system ? wrapText(step.system, taskTextWidth, GRID.smallFontSize) : [],
    };
  }
  return { lines: wrapText(step.label, GRID.columnWidth), systemLines: [] };
}

/** Height a step needs in its cell: the box, or the shape with its label below. */
function cellHeight(step: ProcessStep, lines: string[], systemLines: string[]): number {
  if (step.kind === 'task') return taskHeight(lines, systemLines);
  // The label sits above the shape; the shape is centred in its row, so room is kept on both sides.
  const shape = step.kind === 'decision' ? GRID.gateway : GRID.event;
  return shape + 2 * (4 + lines.length * GRID.lineHeight);
}

const taskHeight = (lines: string[], systemLines: string[]) =>
  Math.max(64, 16 + lines.length * GRID.lineHeight + (systemLines.length ? 6 + systemLines.length * GRID.smallLineHeight : 0));

export function layoutProcess(lanes: Lane[], variant: ProcessVariant): LaneLayout {
  const steps = variant.steps;
  const columns = stepColumns(steps);
  const texts = new Map(steps.map((s) => [s.id, nodeText(s)]));
  const rowHeight = Math.max(...steps.map((s) => cellHeight(s, texts.get(s.id)!.lines, texts.get(s.id)!.systemLines))) + GRID.rowGap;
  const columnCount = Math.max(...columns.values()) + 1;
  const left = GRID.participantBand + GRID.laneHeader + GRID.padding;
  const width = left + columnCount * GRID.columnWidth + (columnCount - 1) * GRID.columnGap + GRID.padding;

  // Steps of a lane that share a column get a row each, in the order they are written.
  const rowOf = new Map<string, number>();
  // Every role gets its lane, also one with no steps in this variant (it shows who is left out).
  const laidLanes: LaidOutLane[] = [];
  const laneTop = new Map<string, number>();
  const laneRows = new Map<string, number>();
  let y = 0;
  for (const lane of lanes) {
    const taken = new Map<number, number>();
    for (const step of steps.filter((s) => s.lane === lane.id)) {
      const col = columns.get(step.id)!;
      rowOf.set(step.id, taken.get(col) ?? 0);
      taken.set(col, (taken.get(col) ?? 0) + 1);
    }
    const titleLines = wrapText(lane.title, GRID.laneHeader - 16);
    const rows = Math.max(1, ...taken.values());
    laneRows.set(lane.id, rows);
    const height = Math.max(rows * rowHeight, titleLines.length * GRID.lineHeight + 24);
    laneTop.set(lane.id, y);
    laidLanes.push({ lane, bounds: { x: GRID.participantBand, y, width: width - GRID.participantBand, height }, titleLines });
    y += height;
  }
  const height = y;
  const laneHeight = new Map(laidLanes.map((l) => [l.lane.id, l.bounds.height]));

  const nodes: LaidOutNode[] = steps.map((step) => {
    const column = columns.get(step.id)!;
    const { lines, systemLines } = texts.get(step.id)!;
    const rows = laneRows.get(step.lane)!;
    const rowTop = laneTop.get(step.lane)! + rowOf.get(step.id)! * rowHeight + (laneHeight.get(step.lane)! - rows * rowHeight) / 2;
    const cellX = left + column * (GRID.columnWidth + GRID.columnGap);
    const cellMid = cellX + GRID.columnWidth / 2;
    const centerY = rowTop + rowHeight / 2;
    if (step.kind === 'task') {
      const h = taskHeight(lines, systemLines);
      return { step, column, lines, systemLines, bounds: { x: cellX, y: Math.round(centerY - h / 2), width: GRID.columnWidth, height: h } };
    }
    const size = step.kind === 'decision' ? GRID.gateway : GRID.event;
    const shapeY = Math.round(centerY - size / 2);
    const bounds = { x: Math.round(cellMid - size / 2), y: shapeY, width: size, height: size };
    const labelHeight = lines.length * GRID.lineHeight;
    const labelBounds = { x: cellX, y: shapeY - 4 - labelHeight, width: GRID.columnWidth, height: labelHeight };
    return { step, column, lines, systemLines, bounds, labelBounds };
  });

  const incoming = new Map<string, number>();
  for (const step of steps) for (const next of step.next) incoming.set(next.to, (incoming.get(next.to) ?? 0) + 1);
  const joins: LaidOutJoin[] = nodes
    .filter((n) => (incoming.get(n.step.id) ?? 0) > 1)
    .map((n) => {
      const cy = midY(n.bounds);
      const x = left + n.column * (GRID.columnWidth + GRID.columnGap) - GRID.columnGap / 2 - GRID.join / 2;
      return { id: `join-${n.step.id}`, before: n.step.id, lane: n.step.lane, bounds: { x: Math.round(x), y: cy - GRID.join / 2, width: GRID.join, height: GRID.join } };
    });
  const joinBefore = new Map(joins.map((j) => [j.before, j]));
  const ends = new Map<string, End>(nodes.map((n) => [n.step.id, { bounds: n.bounds, column: n.column }]));
  for (const j of joins) ends.set(j.id, { bounds: j.bounds, column: ends.get(j.before)!.column - 0.5 });

  const edges: LaidOutEdge[] = [];
  for (const node of nodes) {
    node.step.next.forEach((next, i) => {
      if (!ends.has(next.to)) return;
      const to = joinBefore.get(next.to)?.id ?? next.to;
      edges.push({ id: `${node.step.id}-${next.to}-${i}`, from: node.step.id, to, label: next.label, ...route(ends.get(node.step.id)!, ends.get(to)!) });
    });
  }
  for (const j of joins) edges.push({ id: `${j.id}-${j.before}`, from: j.id, to: j.before, ...route(ends.get(j.id)!, ends.get(j.before)!) });
  return { bounds: { x: 0, y: 0, width, height }, lanes: laidLanes, nodes, joins, edges };
}

interface End { bounds: Bounds; column: number }

const midY = (b: Bounds) => Math.round(b.y + b.height / 2);
const midX = (b: Bounds) => Math.round(b.x + b.width / 2);

/** Orthogonal route: forward to the gap before the target, or below both shapes for a loop back. */
function route(source: End, target: End): { waypoints: Point[]; labelAt: Point } {
  const s = source.bounds;
  const t = target.bounds;
  if (target.column > source.column) {
    const start = { x: s.x + s.width, y: midY(s) };
    // Shapes centred on the same row can differ by a rounding pixel: keep that flow straight.
    const end = { x: t.x, y: Math.abs(midY(t) - start.y) < 3 ? start.y : midY(t) };
    const labelAt = { x: start.x + 6, y: start.y - 6 };
    if (start.y === end.y) return { waypoints: [start, end], labelAt };
    // Bend halfway across the gap that comes right after the source.
    const bend = Math.round(Math.min(start.x + GRID.columnGap / 2, (start.x + end.x) / 2));
    return { waypoints: [start, { x: bend, y: start.y }, { x: bend, y: end.y }, end], labelAt: { x: bend + 6, y: end.y - 6 } };
  }
  const below = Math.max(s.y + s.height, t.y + t.height) + Math.round(GRID.rowGap / 3);
  const start = { x: midX(s), y: s.y + s.height };
  const end = { x: midX(t), y: t.y + t.height };
  return {
    waypoints: [start, { x: start.x, y: below }, { x: end.x, y: below }, end],
    labelAt: { x: start.x + 6, y: below - 6 },
  };
}
