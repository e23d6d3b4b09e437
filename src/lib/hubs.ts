/**
 * Hubs derived from the content graph: what a sector's services use, and which items are used most.
 * A sector hub lists the sector's own items and the cross-cutting templates, components and
 * principles that its journeys and processes rely on (DESIGN.md §2: computed, never hand-written).
 */
import type { CollectionName } from './collections';
import type { Edge } from './graph';

export interface ItemKey { collection: CollectionName; id: string }

const key = (k: ItemKey) => `${k.collection}/${k.id}`;
const SERVICE_KINDS = new Set<string>(['journeys', 'processes']);
const USED_KINDS = new Set<CollectionName>(['specs', 'standards', 'principles']);

/**
 * Templates, standards/components and principles used by the given journeys and processes, or by
 * the journeys and processes they link to (a journey's work process, a process's journey). The
 * value lists who uses each item, in a stable order.
 */
export function usedByServices(edges: Edge[], services: ItemKey[]): Map<string, ItemKey[]> {
  const chain = new Map(services.map((s) => [key(s), s]));
  for (const edge of edges) {
    if (!chain.has(`${edge.from.kind}/${edge.from.id}`) || !SERVICE_KINDS.has(edge.to.collection)) continue;
    chain.set(key(edge.to), edge.to);
  }
  const used = new Map<string, ItemKey[]>();
  for (const edge of edges) {
    if (!SERVICE_KINDS.has(edge.from.kind) || !USED_KINDS.has(edge.to.collection)) continue;
    const user = chain.get(`${edge.from.kind}/${edge.from.id}`);
    if (!user) continue;
    const users = used.get(key(edge.to)) ?? [];
    if (!users.some((u) => key(u) === key(user))) users.push(user);
    used.set(key(edge.to), users);
  }
  for (const users of used.values()) users.sort((a, b) => key(a).localeCompare(key(b)));
  return used;
}

/** How many distinct items cite each item (requirements count once per requirement). */
export function useCounts(edges: Edge[]): Map<string, number> {
  const citing = new Map<string, Set<string>>();
  for (const edge of edges) {
    const from = `${edge.from.kind}/${edge.from.spec ?? ''}/${edge.from.id}`;
    if (edge.from.kind === edge.to.collection && edge.from.id === edge.to.id) continue;
    const set = citing.get(key(edge.to)) ?? new Set<string>();
    set.add(from);
    citing.set(key(edge.to), set);
  }
  return new Map([...citing].map(([k, s]) => [k, s.size]));
}

/** Most used first, then by title; ties keep Norwegian alphabetical order. */
export function mostUsedFirst<T extends ItemKey & { title: string }>(items: T[], counts: Map<string, number>): T[] {
  return [...items].sort((a, b) => (counts.get(key(b)) ?? 0) - (counts.get(key(a)) ?? 0) || a.title.localeCompare(b.title, 'nb'));
}
