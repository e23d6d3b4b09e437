/**
 * Requirements in different templates that say the same are linked with `equivalentTo`. It is
 * typed on one side or both; the relation is symmetric, so pages and the basket read it from here.
 */
export interface EquivalenceSource {
  id: string;
  equivalentTo: readonly string[];
}

/** Every requirement id → the ids it is equivalent to (both directions, sorted, no self links). */
export function equivalenceIndex(requirements: Iterable<EquivalenceSource>): Map<string, string[]> {
  const pairs = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (a === b) return;
    const set = pairs.get(a) ?? new Set<string>();
    set.add(b);
    pairs.set(a, set);
  };
  for (const r of requirements) {
    for (const other of r.equivalentTo) {
      link(r.id, other);
      link(other, r.id);
    }
  }
  return new Map([...pairs].map(([id, set]) => [id, [...set].sort()]));
}
