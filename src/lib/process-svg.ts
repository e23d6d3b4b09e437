/**
 * The process diagram as SVG, drawn from the lane grid (src/lib/lane-layout.ts) that the BPMN DI
 * uses too. Presentation attributes only (no `style`), so the same markup works inline under the
 * site's Content-Security-Policy and as a downloaded file.
 */
import { GRID, type LaneLayout, type LaidOutNode } from './lane-layout';
import { escapeXml } from './xml';

export interface SvgOptions {
  /** Prefix for ids inside the SVG (the arrow marker): unique on the page. */
  idPrefix: string;
  /** Accessible name of the drawing. */
  title: string;
  /** Id of an element naming the drawing (the figure caption); the title is used otherwise. */
  labelledBy?: string;
}

const COLORS = {
  text: '#1e2b3c',
  line: '#292c30',
  laneFill: ['#f4f7fb', '#ffffff'],
  laneBorder: '#8a98a8',
  headerFill: '#e3ecf6',
  task: '#ffffff',
  taskBorder: '#005db1',
  serviceTask: '#e6f2ea',
  serviceBorder: '#1f6d3a',
  start: '#e6f2ea',
  end: '#fbe9e9',
  gateway: '#fff6d6',
  subtle: '#444c57',
};

/** A `<text>` with one `<tspan>` per line; `x` is the centre (or left edge with anchor start). */
function textBlock(lines: string[], x: number, firstBaseline: number, lineHeight: number, attrs = ''): string {
  if (lines.length === 0) return '';
  const spans = lines.map((line, i) => `<tspan x="${x}"${i === 0 ? ` y="${firstBaseline}"` : ` dy="${lineHeight}"`}>${escapeXml(line)}</tspan>`);
  return `<text${attrs}>${spans.join('')}</text>`;
}

function node(n: LaidOutNode, serviceLane: boolean): string {
  const b = n.bounds;
  const cx = b.x + b.width / 2;
  const cy = b.y + b.height / 2;
  const step = n.step;
  const label = (lines: string[]) =>
    n.labelBounds ? textBlock(lines, cx, n.labelBounds.y + GRID.fontSize, GRID.lineHeight) : '';
  switch (step.kind) {
    case 'start':
      return `<g><circle cx="${cx}" cy="${cy}" r="${b.width / 2}" fill="${COLORS.start}" stroke="${COLORS.serviceBorder}" stroke-width="2"/>${label(n.lines)}</g>`;
    case 'end':
      return `<g><circle cx="${cx}" cy="${cy}" r="${b.width / 2}" fill="${COLORS.end}" stroke="#a1260d" stroke-width="4"/>${label(n.lines)}</g>`;
    case 'decision': {
      const points = `${cx},${b.y} ${b.x + b.width},${cy} ${cx},${b.y + b.height} ${b.x},${cy}`;
      const cross = `M${cx - 9} ${cy - 9}L${cx + 9} ${cy + 9}M${cx + 9} ${cy - 9}L${cx - 9} ${cy + 9}`;
      return `<g><polygon points="${points}" fill="${COLORS.gateway}" stroke="#8a5a00" stroke-width="2"/><path d="${cross}" stroke="#8a5a00" stroke-width="3"/>${label(n.lines)}</g>`;
    }
    default: {
      const textHeight = n.lines.length * GRID.lineHeight + (n.systemLines.length ? 6 + n.systemLines.length * GRID.smallLineHeight : 0);
      const top = cy - textHeight / 2;
      const main = textBlock(n.lines, cx, Math.round(top + GRID.fontSize - 2), GRID.lineHeight);
      const systemTop = top + n.lines.length * GRID.lineHeight + 6;
      const system = textBlock(n.systemLines, cx, Math.round(systemTop + GRID.smallFontSize - 2), GRID.smallLineHeight, ` font-size="${GRID.smallFontSize}" fill="${COLORS.subtle}" font-style="italic"`);
      const fill = serviceLane ? COLORS.serviceTask : COLORS.task;
      const stroke = serviceLane ? COLORS.serviceBorder : COLORS.taskBorder;
      // A service task carries a small gear-like mark, as BPMN tools draw it.
      const mark = serviceLane ? `<circle cx="${b.x + 12}" cy="${b.y + 12}" r="5" fill="none" stroke="${stroke}" stroke-width="3" stroke-dasharray="2 2"/>` : '';
      return `<g><rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" rx="10" fill="${fill}" stroke="${stroke}" stroke-width="2"/>${mark}${main}${system}</g>`;
    }
  }
}

export function processSvg(layout: LaneLayout, options: SvgOptions): string {
  const { idPrefix, title, labelledBy } = options;
  const x0 = GRID.participantBand;
  const width = layout.bounds.width - x0;
  const height = layout.bounds.height;
  const arrow = `${idPrefix}-pil`;
  const titleId = `${idPrefix}-svgtittel`;
  const lanes = layout.lanes.map((l, i) => {
    const b = l.bounds;
    const titleTop = b.y + b.height / 2 - (l.titleLines.length * GRID.lineHeight) / 2 + GRID.fontSize - 2;
    return (
      `<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" fill="${COLORS.laneFill[i % 2]}" stroke="${COLORS.laneBorder}"/>` +
      `<rect x="${b.x}" y="${b.y}" width="${GRID.laneHeader}" height="${b.height}" fill="${COLORS.headerFill}" stroke="${COLORS.laneBorder}"/>` +
      textBlock(l.titleLines, b.x + 8, Math.round(titleTop), GRID.lineHeight, ' text-anchor="start" font-weight="bold"')
    );
  });
  const serviceLanes = new Set(layout.lanes.filter((l) => l.lane.kind === 'system').map((l) => l.lane.id));
  const edges = layout.edges.map((e) => {
    const d = e.waypoints.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join('');
    const label = e.label && e.labelAt
      ? `<text x="${e.labelAt.x}" y="${e.labelAt.y}" text-anchor="start" font-size="${GRID.smallFontSize}" font-weight="bold">${escapeXml(e.label)}</text>`
      : '';
    return `<path d="${d}" fill="none" stroke="${COLORS.line}" stroke-width="1.5" marker-end="url(#${arrow})"/>${label}`;
  });
  const nodes = layout.nodes.map((n) => node(n, serviceLanes.has(n.step.lane)));
  for (const j of layout.joins) {
    const b = j.bounds;
    const cx = b.x + b.width / 2;
    const cy = b.y + b.height / 2;
    nodes.push(`<polygon points="${cx},${b.y} ${b.x + b.width},${cy} ${cx},${b.y + b.height} ${b.x},${cy}" fill="${COLORS.gateway}" stroke="#8a5a00" stroke-width="2"/>`);
  }
  const naming = labelledBy ? `aria-labelledby="${escapeXml(labelledBy)}"` : `aria-labelledby="${titleId}"`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="lane-diagram" viewBox="${x0} 0 ${width} ${height}" width="${width}" height="${height}" role="img" ${naming} font-family="Arial, Helvetica, sans-serif" font-size="${GRID.fontSize}">` +
    `<title id="${titleId}">${escapeXml(title)}</title>` +
    `<defs><marker id="${arrow}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto"><path d="M0 0L10 5L0 10z" fill="${COLORS.line}"/></marker></defs>` +
    `<g>${lanes.join('')}</g>` +
    `<g>${edges.join('')}</g>` +
    `<g fill="${COLORS.text}" text-anchor="middle">${nodes.join('')}</g>` +
    `</svg>`
  );
}
