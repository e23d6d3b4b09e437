/**
 * The requirement basket («kravutvalg»): the buyer's own selection of requirements across
 * templates. Pure logic only — the browser islands read and write localStorage and the DOM.
 *
 * A selected item remembers the template version it was picked from, so the basket can say when
 * the requirement has changed or been retired since (from the template's changelog).
 */
import type { Requirement } from './schema';
import type { RequirementGroup, RequirementSet } from './export/requirement-set';
import type { KravData, KravEntry } from './krav-data';

export const STORAGE_KEY = 'kommit-kravutvalg';
export const STORAGE_VERSION = 1;
export const BASKET_PATH = '/kravutvalg/';

export interface SelectedItem {
  id: string;
  spec: string;
  /** Version of the template when the requirement was selected. */
  version: string;
}

export type Selection = SelectedItem[];

// ---------------------------------------------------------------- storage

export function encodeSelection(selection: Selection): string {
  return JSON.stringify({ v: STORAGE_VERSION, items: selection.map(({ id, spec, version }) => ({ id, spec, version })) });
}

const isItem = (value: unknown): value is SelectedItem =>
  typeof value === 'object' &&
  value !== null &&
  ['id', 'spec', 'version'].every((k) => typeof (value as Record<string, unknown>)[k] === 'string');

/** The stored selection; anything unreadable or of an unknown format version is an empty selection. */
export function decodeSelection(text: string | null | undefined): Selection {
  if (!text) return [];
  try {
    const parsed = JSON.parse(text) as { v?: unknown; items?: unknown };
    if (parsed?.v !== STORAGE_VERSION || !Array.isArray(parsed.items)) return [];
    const seen = new Set<string>();
    return parsed.items.filter(isItem).filter((item) => !seen.has(item.id) && Boolean(seen.add(item.id)));
  } catch {
    return [];
  }
}

// ---------------------------------------------------------------- editing

export const isSelected = (selection: Selection, id: string) => selection.some((item) => item.id === id);

export function addItem(selection: Selection, item: SelectedItem): Selection {
  return isSelected(selection, item.id) ? selection : [...selection, item];
}

export function removeItem(selection: Selection, id: string): Selection {
  return selection.filter((item) => item.id !== id);
}

/** Items of `extra` that are not in `base` are appended; `base` wins where both have an id. */
export function mergeSelections(base: Selection, extra: Selection): Selection {
  return extra.reduce(addItem, base);
}

export function sameSelection(a: Selection, b: Selection): boolean {
  const key = (s: Selection) => s.map((i) => `${i.id}@${i.version}`).sort().join(',');
  return key(a) === key(b);
}

// ---------------------------------------------------------------- link

/**
 * A link that carries the selection: `/kravutvalg/?krav=<id>,<id>&v=<spec>@<version>,…`.
 * `v` gives each template's version once; an item picked from another version of the same template
 * than the others carries its own as `<id>@<version>`.
 */
export function selectionLink(selection: Selection): string {
  if (selection.length === 0) return BASKET_PATH;
  const versions = new Map<string, Map<string, number>>();
  for (const item of selection) {
    const counts = versions.get(item.spec) ?? new Map<string, number>();
    counts.set(item.version, (counts.get(item.version) ?? 0) + 1);
    versions.set(item.spec, counts);
  }
  const specVersion = new Map(
    [...versions].map(([spec, counts]) => [spec, [...counts].sort((a, b) => b[1] - a[1] || compareVersions(b[0], a[0]))[0]![0]]),
  );
  const krav = selection.map((i) => (i.version === specVersion.get(i.spec) ? i.id : `${i.id}@${i.version}`));
  const v = [...specVersion].map(([spec, version]) => `${spec}@${version}`);
  return `${BASKET_PATH}?krav=${krav.join(',')}&v=${v.join(',')}`;
}

export interface ParsedLink {
  /** Ids in link order, each with the version given for it (own, or its template's via `v`). */
  entries: { id: string; version?: string }[];
  specVersions: Map<string, string>;
}

/** Reads `?krav=…&v=…`; undefined when the address carries no selection. */
export function parseSelectionLink(search: string): ParsedLink | undefined {
  const params = new URLSearchParams(search);
  const krav = params.get('krav');
  if (krav === null) return undefined;
  const split = (value: string | null) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const specVersions = new Map(
    split(params.get('v'))
      .map((pair) => pair.split('@') as [string, string?])
      .filter((p): p is [string, string] => Boolean(p[0] && p[1]))
  );
  const seen = new Set<string>();
  const entries = split(krav)
    .map((token) => {
      const [id, version] = token.split('@');
      return { id: id!.toUpperCase(), version: version || undefined };
    })
    .filter((e) => !seen.has(e.id) && Boolean(seen.add(e.id)));
  return { entries, specVersions };
}

/** The selection a link stands for, and the ids no template knows. */
export function resolveLink(link: ParsedLink, data: KravData): { selection: Selection; unknown: string[] } {
  const byId = requirementIndex(data);
  const selection: Selection = [];
  const unknown: string[] = [];
  for (const entry of link.entries) {
    const r = byId.get(entry.id);
    if (!r) {
      unknown.push(entry.id);
      continue;
    }
    const version = entry.version ?? link.specVersions.get(r.spec) ?? data.specs[r.spec]!.version;
    selection.push({ id: r.id, spec: r.spec, version });
  }
  return { selection, unknown };
}

// ---------------------------------------------------------------- changes since selection

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export type ItemStatus =
  | { kind: 'current' }
  /** A later changelog entry than the selected version lists the requirement under `changed`. */
  | { kind: 'changed'; versions: string[] }
  | { kind: 'retired'; removedIn: string }
  | { kind: 'unknown' };

export function itemStatus(item: SelectedItem, data: KravData): ItemStatus {
  const r = requirementIndex(data).get(item.id);
  if (!r) return { kind: 'unknown' };
  if (r.removedIn) return { kind: 'retired', removedIn: r.removedIn };
  const spec = data.specs[r.spec];
  const versions = (spec?.changelog ?? [])
    .filter((e) => compareVersions(e.version, item.version) > 0 && e.changed.includes(item.id))
    .map((e) => e.version)
    .sort(compareVersions);
  return versions.length > 0 ? { kind: 'changed', versions } : { kind: 'current' };
}

// ---------------------------------------------------------------- equivalents

/** Selected requirements that say the same as `id` (from the derived, symmetric `equivalentTo`). */
export function selectedEquivalents(selection: Selection, equivalentTo: readonly string[]): string[] {
  return selection.filter((item) => equivalentTo.includes(item.id)).map((item) => item.id);
}

/** Pairs of equivalent requirements that are both in the selection, each pair once. */
export function equivalentPairs(selection: Selection, data: KravData): [string, string][] {
  const byId = requirementIndex(data);
  const pairs: [string, string][] = [];
  selection.forEach((item, i) => {
    const equivalents = byId.get(item.id)?.equivalentTo ?? [];
    for (const later of selection.slice(i + 1)) if (equivalents.includes(later.id)) pairs.push([item.id, later.id]);
  });
  return pairs;
}

// ---------------------------------------------------------------- grouping

const indexCache = new WeakMap<KravData, Map<string, KravEntry>>();
export function requirementIndex(data: KravData): Map<string, KravEntry> {
  let index = indexCache.get(data);
  if (!index) {
    index = new Map(data.requirements.map((r) => [r.id, r]));
    indexCache.set(data, index);
  }
  return index;
}

/** The typed requirement without the basket's extra fields. */
export function plainRequirement(entry: KravEntry): Requirement {
  const { spec: _spec, url: _url, references: _references, ...requirement } = entry;
  return requirement;
}

export interface SetOptions {
  /** Date of the export (YYYY-MM-DD). */
  date: string;
  /** Absolute URL of the basket link, only when the site URL is known. */
  sourceUrl?: string;
}

/**
 * The selection as a RequirementSet: groups in template order (as in the data) and category order
 * (as in the template), requirements in template order. Unknown ids are left out.
 */
export function basketRequirementSet(selection: Selection, data: KravData, options: SetOptions): RequirementSet {
  const chosen = new Set(selection.map((i) => i.id));
  const groups: RequirementGroup[] = [];
  const referenceTitles: Record<string, string> = {};
  for (const spec of Object.values(data.specs)) {
    const own = data.requirements.filter((r) => r.spec === spec.id && chosen.has(r.id));
    for (const category of spec.categories) {
      const inCategory = own.filter((r) => r.category === category.id);
      if (inCategory.length === 0) continue;
      groups.push({
        templateId: spec.id,
        templateTitle: spec.title,
        templateVersion: spec.version,
        categoryId: category.id,
        categoryTitle: category.title,
        requirements: inCategory.map(plainRequirement),
      });
      for (const r of inCategory) for (const ref of r.references) referenceTitles[ref.key] = ref.title;
    }
  }
  const count = groups.reduce((n, g) => n + g.requirements.length, 0);
  return {
    title: 'Kravutvalg',
    appendix: 'Bilag 1 Kundens kravspesifikasjon',
    date: options.date,
    scope: `Et utvalg av ${count} krav fra ${new Set(groups.map((g) => g.templateId)).size} kravspesifikasjonsmaler i KommIT verktøykasse. Hver gruppe viser malen og versjonen kravene er hentet fra.`,
    ...(options.sourceUrl ? { sourceUrl: options.sourceUrl } : {}),
    groups,
    referenceTitles,
  };
}

/** «Ingen krav er valgt.», «1 krav er valgt.», «3 krav er valgt.» */
export function countText(n: number): string {
  return n === 0 ? 'Ingen krav er valgt.' : `${n} krav er valgt.`;
}
