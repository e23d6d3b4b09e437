/**
 * Loads every collection once per build and derives the content graph from it. Pages read from
 * here instead of calling getCollection themselves, so all of them see the same graph.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import path from 'node:path';
import { contentHistory, lastChanged } from '../node/git';
import { recentChanges } from '../lib/changes';
import { COLLECTIONS, itemUrl, type CollectionName } from '../lib/collections';
import { backlinksTo, collectEdges, type Backlink, type SourceKind } from '../lib/graph';
import type { Requirement, Variant } from '../lib/schema';
import { processStepLinks } from '../lib/variant-links';

type ItemCollection = Exclude<CollectionName, never>;

export interface SiteData {
  principles: CollectionEntry<'principles'>[];
  standards: CollectionEntry<'standards'>[];
  journeys: CollectionEntry<'journeys'>[];
  processes: CollectionEntry<'processes'>[];
  specs: CollectionEntry<'specs'>[];
  guides: CollectionEntry<'guides'>[];
  strategy: CollectionEntry<'strategy'>[];
  /** Requirements per spec id, in file order. */
  requirements: Map<string, Requirement[]>;
}

type Edges = ReturnType<typeof collectEdges>;
let cached: Promise<{ data: SiteData; edges: Edges; edgesTo: Map<string, Edges> }> | undefined;

const byTitle = <T extends { data: { title: string } }>(a: T, b: T) => a.data.title.localeCompare(b.data.title, 'nb');

async function load() {
  const [principles, standards, journeys, processes, specs, guides, strategy, requirementFiles] = await Promise.all([
    getCollection('principles'),
    getCollection('standards'),
    getCollection('journeys'),
    getCollection('processes'),
    getCollection('specs'),
    getCollection('guides'),
    getCollection('strategy'),
    getCollection('requirements'),
  ]);
  principles.sort((a, b) => a.data.number - b.data.number);
  [standards, journeys, processes, specs, strategy].forEach((list) => list.sort(byTitle));
  guides.sort((a, b) => a.data.order - b.data.order || byTitle(a, b));
  const requirements = new Map(requirementFiles.map((f) => [f.id, f.data.requirements]));
  const data: SiteData = { principles, standards, journeys, processes, specs, guides, strategy, requirements };
  const items = (Object.keys(COLLECTIONS) as ItemCollection[]).flatMap((collection) =>
    data[collection].map((entry) => ({ collection, id: entry.id, data: entry.data as Record<string, unknown> })),
  );
  const reqs = [...requirements].flatMap(([spec, list]) => list.map((r) => ({ spec, data: r })));
  const edges = collectEdges(items, reqs);
  // Each page asks who cites it; grouping the edges by target once keeps that a lookup.
  const edgesTo = new Map<string, Edges>();
  for (const edge of edges) {
    const key = `${edge.to.collection}/${edge.to.id}`;
    const list = edgesTo.get(key);
    if (list) list.push(edge);
    else edgesTo.set(key, [edge]);
  }
  return { data, edges, edgesTo };
}

export function siteData() {
  cached ??= load();
  return cached;
}

export interface LinkedItem {
  id: string;
  title: string;
  url: string;
  summary?: string;
}

/** Title and URL of an item by collection and id (ids are checked before the build). */
export async function linkTo(collection: CollectionName, id: string): Promise<LinkedItem> {
  const { data } = await siteData();
  const entry = (data[collection] as { id: string; data: { title: string; summary: string } }[]).find((e) => e.id === id);
  return { id, title: entry?.data.title ?? id, url: itemUrl(collection, id), summary: entry?.data.summary };
}

export async function linksTo(collection: CollectionName, ids: readonly string[]): Promise<LinkedItem[]> {
  return Promise.all(ids.map((id) => linkTo(collection, id)));
}

export interface BacklinkGroup {
  kind: SourceKind;
  label: string;
  links: (Backlink & { title: string })[];
}

/** "Brukes i": every item that cites this one, grouped by type, with titles resolved. */
export async function backlinkGroups(collection: CollectionName, id: string): Promise<BacklinkGroup[]> {
  const { data, edgesTo } = await siteData();
  const groups = backlinksTo(edgesTo.get(`${collection}/${id}`) ?? [], collection, id);
  const result: BacklinkGroup[] = [];
  for (const [kind, links] of groups) {
    if (kind === 'requirements') {
      const titled = links.map((l) => {
        const req = data.requirements.get(l.spec!)?.find((r) => r.id === l.id);
        return { ...l, title: `${l.id}: ${req?.text ?? ''}` };
      });
      result.push({ kind, label: 'Krav', links: titled });
    } else {
      const titled = await Promise.all(links.map(async (l) => ({ ...l, title: (await linkTo(kind, l.id)).title })));
      result.push({ kind, label: COLLECTIONS[kind].labelPlural, links: titled });
    }
  }
  const order: SourceKind[] = ['journeys', 'processes', 'specs', 'requirements', 'principles', 'standards', 'guides', 'strategy'];
  return result.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

export interface ListedItem {
  collection: CollectionName;
  id: string;
  title: string;
  summary: string;
  url: string;
  sectors: readonly string[];
  phases: readonly string[];
}

/** Every published item in one flat list, for hubs that cut across the collections. */
export async function allItems(): Promise<ListedItem[]> {
  const { data } = await siteData();
  return (Object.keys(COLLECTIONS) as CollectionName[]).flatMap((collection) =>
    (data[collection] as { id: string; data: { title: string; summary: string; sectors: string[]; phases: string[] } }[]).map((e) => ({
      collection,
      id: e.id,
      title: e.data.title,
      summary: e.data.summary,
      url: itemUrl(collection, e.id),
      sectors: e.data.sectors,
      phases: e.data.phases,
    })),
  );
}

/**
 * "Sist oppdatert": the last commit that changed the item's file(s), or the `updated` field when
 * the file has no git history (a new file, or a build outside a repository).
 */
export function lastUpdated(entry: { filePath?: string; data: { updated: string } }, extraFiles: string[] = []): string {
  const root = path.resolve(process.env.CONTENT_ROOT ?? 'content');
  const dates = lastChanged(root);
  const files = [entry.filePath, ...extraFiles].filter((f): f is string => Boolean(f)).map((f) => path.resolve(f));
  const fromGit = files.map((f) => dates.get(f)).filter((d): d is string => Boolean(d)).sort().at(-1);
  return fromGit ?? entry.data.updated;
}

/** Recent content changes (newest first) from git, with the items each change touched. */
export async function contentChanges(limit = 50) {
  const { data } = await siteData();
  const root = path.resolve(process.env.CONTENT_ROOT ?? 'content');
  const itemsByFile = new Map<string, { title: string; url: string; type: string }>();
  for (const collection of Object.keys(COLLECTIONS) as CollectionName[]) {
    for (const entry of data[collection] as { id: string; filePath?: string; data: { title: string } }[]) {
      if (!entry.filePath) continue;
      const ref = { title: entry.data.title, url: itemUrl(collection, entry.id), type: COLLECTIONS[collection].label };
      itemsByFile.set(path.resolve(entry.filePath), ref);
      if (collection === 'specs') itemsByFile.set(path.resolve(entry.filePath.replace(/index\.mdx$/, 'requirements.yaml')), ref);
    }
  }
  return recentChanges(contentHistory(root), itemsByFile, limit);
}

export interface StepLink { title: string; url: string }

/**
 * Process steps that point at each step of one journey variant (`journeySteps`), keyed by journey
 * step id; only steps of the same variant of a process are linked (today's to today's).
 */
export async function processStepsForJourney(journeyId: string, variant: Variant): Promise<Map<string, StepLink[]>> {
  const { data } = await siteData();
  const found = processStepLinks(data.processes.map((p) => ({ id: p.id, title: p.data.title, variants: p.data.variants })), journeyId, variant);
  return new Map(
    [...found].map(([stepId, list]) => [
      stepId,
      list.map((l) => ({ title: `${l.processTitle} (${l.variant}): ${l.label}`, url: `${itemUrl('processes', l.process)}#${l.variant}-steg-${l.step}` })),
    ]),
  );
}

/** The permanent link of a requirement: its anchor on the template page. */
export async function requirementLink(id: string): Promise<StepLink> {
  const { data } = await siteData();
  for (const [spec, list] of data.requirements) {
    const found = list.find((r) => r.id === id);
    if (found) return { title: `${id}: ${found.text}`, url: `${itemUrl('specs', spec)}#${id}` };
  }
  return { title: id, url: '/kravspesifikasjoner/' };
}
