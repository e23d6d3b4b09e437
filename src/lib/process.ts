/** Pure helpers that turn a process variant into a Mermaid flowchart and a text alternative. */
import type { Process } from './schema';

export type ProcessVariant = Process['variants'][number];
export type ProcessStep = ProcessVariant['steps'][number];
export type Lane = Process['lanes'][number];

/**
 * Mermaid flowchart text: one subgraph per lane (a swimlane), node shapes by step kind, labels
 * quoted with entities so quotes, brackets, `<script>` or keywords like `end` cannot break it.
 */
export function processMermaid(lanes: Lane[], variant: ProcessVariant): string {
  const lines = ['flowchart LR'];
  for (const lane of lanes) {
    const steps = variant.steps.filter((s) => s.lane === lane.id);
    if (steps.length === 0) continue;
    lines.push(`  subgraph lane_${safeId(lane.id)}["${mermaidLabel(lane.title)}"]`);
    lines.push('    direction LR');
    for (const step of steps) lines.push(`    ${node(step)}`);
    lines.push('  end');
  }
  for (const step of variant.steps) {
    for (const next of step.next) {
      const arrow = next.label ? `-->|"${mermaidLabel(next.label)}"|` : '-->';
      lines.push(`  s_${safeId(step.id)} ${arrow} s_${safeId(next.to)}`);
    }
  }
  return lines.join('\n');
}

function node(step: ProcessStep): string {
  const text = mermaidLabel(step.system ? `${step.label} (${step.system})` : step.label);
  const id = `s_${safeId(step.id)}`;
  switch (step.kind) {
    case 'start':
      return `${id}(["${text}"])`;
    case 'end':
      return `${id}((("${text}")))`;
    case 'decision':
      return `${id}{"${text}"}`;
    default:
      return `${id}["${text}"]`;
  }
}

const safeId = (id: string) => id.replace(/[^a-zA-Z0-9_]/g, '_');

/** Escapes text for a quoted Mermaid label: entity codes instead of characters with meaning. */
export function mermaidLabel(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&/g, '#amp;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/[[\]{}|`]/g, (c) => `#${c.charCodeAt(0)};`);
}

export interface TextStep {
  number: number;
  id: string;
  kind: ProcessStep['kind'];
  label: string;
  system?: string;
  next: { number: number; label: string; branch?: string }[];
}

/** The steps in the order given, numbered, grouped by lane, with each step's successors resolved. */
export function processTextAlternative(lanes: Lane[], variant: ProcessVariant): { lane: Lane; steps: TextStep[] }[] {
  const numbers = new Map(variant.steps.map((s, i) => [s.id, i + 1]));
  const labels = new Map(variant.steps.map((s) => [s.id, s.label]));
  const toText = (step: ProcessStep): TextStep => ({
    number: numbers.get(step.id)!,
    id: step.id,
    kind: step.kind,
    label: step.label,
    system: step.system,
    next: step.next.map((n) => ({ number: numbers.get(n.to)!, label: labels.get(n.to) ?? n.to, branch: n.label })),
  });
  return lanes
    .map((lane) => ({ lane, steps: variant.steps.filter((s) => s.lane === lane.id).map(toText) }))
    .filter((group) => group.steps.length > 0);
}
