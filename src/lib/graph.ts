/**
 * The content graph: every reference between items as an edge, and the backlinks computed from
 * them. Nothing here is written by hand in content files; a page asks "who cites me?".
 */
import { COLLECTIONS, itemUrl, type CollectionName } from './collections';
import type { Requirement } from './schema';

export interface GraphItem {
  collection: CollectionName;
  id: string;
  data: Record<string, unknown>;
}

export interface GraphRequirement {
  spec: string;
  data: Requirement;
}

export type SourceKind = CollectionName | 'requirements';

export interface Edge {
  from: { kind: SourceKind; id: string; spec?: string };
  to: { collection: CollectionName; id: string };
}

const ids = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

interface NestedStep { components?: string[]; principles?: string[] }

/** Every reference in the content, including those nested in journey and process steps. */
export function collectEdges(items: GraphItem[], requirements: GraphRequirement[]): Edge[] {
  const edges: Edge[] = [];
  const specOfRequirement = new Map(requirements.map((r) => [r.data.id, r.spec]));
  const add = (from: Edge['from'], collection: CollectionName, targets: unknown) => {
    for (const id of ids(targets)) edges.push({ from, to: { collection, id } });
  };
  for (const item of items) {
    const from = { kind: item.collection, id: item.id };
    for (const [field, target] of Object.entries(COLLECTIONS[item.collection].refs)) add(from, target, item.data[field]);
    if (item.collection === 'journeys') {
      const variants = item.data.variants as { phases: { steps: NestedStep[] }[] }[];
      for (const step of variants.flatMap((v) => v.phases.flatMap((p) => p.steps))) {
        add(from, 'standards', step.components);
        add(from, 'principles', step.principles);
      }
    }
    if (item.collection === 'processes') {
      const variants = item.data.variants as { steps: (NestedStep & { journeySteps?: string[]; requirements?: string[] })[] }[];
      for (const step of variants.flatMap((v) => v.steps)) {
        add(from, 'standards', step.components);
        add(from, 'journeys', ids(step.journeySteps).map((ref) => ref.split('#')[0]));
        add(from, 'specs', ids(step.requirements).map((id) => specOfRequirement.get(id)).filter(Boolean));
      }
    }
    if (item.collection === 'strategy') {
      for (const area of item.data.areas as Record<string, unknown>[]) {
        add(from, 'principles', area.principles);
        add(from, 'standards', area.standards);
        add(from, 'specs', area.specs);
        add(from, 'guides', area.guides);
      }
    }
  }
  for (const req of requirements) {
    const from = { kind: 'requirements' as const, id: req.data.id, spec: req.spec };
    add(from, 'principles', req.data.principles);
    add(from, 'standards', req.data.standards);
  }
  return dedupe(edges);
}

function dedupe(edges: Edge[]): Edge[] {
  const seen = new Set<string>();
  return edges.filter((e) => {
    const key = `${e.from.kind}/${e.from.spec ?? ''}/${e.from.id}->${e.to.collection}/${e.to.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface Backlink {
  kind: SourceKind;
  id: string;
  url: string;
  spec?: string;
}

/** Who cites `collection/id`, grouped by the kind of citing item, each group sorted by id. */
export function backlinksTo(edges: Edge[], collection: CollectionName, id: string): Map<SourceKind, Backlink[]> {
  const groups = new Map<SourceKind, Backlink[]>();
  for (const edge of edges) {
    if (edge.to.collection !== collection || edge.to.id !== id) continue;
    if (edge.from.kind === collection && edge.from.id === id) continue;
    const url =
      edge.from.kind === 'requirements'
        ? `${itemUrl('specs', edge.from.spec!)}#${edge.from.id}`
        : itemUrl(edge.from.kind, edge.from.id);
    const list = groups.get(edge.from.kind) ?? [];
    list.push({ kind: edge.from.kind, id: edge.from.id, url, spec: edge.from.spec });
    groups.set(edge.from.kind, list);
  }
  for (const list of groups.values()) list.sort((a, b) => a.id.localeCompare(b.id, 'nb'));
  return groups;
}
