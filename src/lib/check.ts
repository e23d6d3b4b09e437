/**
 * Validates the whole content graph and returns every problem found, never only the first.
 * Pure: it receives file texts and returns problems and the validated items.
 */
import type { z } from 'astro/zod';
import { COLLECTIONS, COLLECTION_NAMES, itemUrl, type CollectionName } from './collections';
import { requirementFileSchema, type Requirement } from './schema';
import { parseContentFile, type ParsedFile, type Problem } from './source-file';
import { staticRoutes } from './routes';
import { closestMatch } from './text';
import { checkEquivalentTo } from './equivalent-rule';

export type { Problem } from './source-file';

export interface SourceText {
  /** Path relative to the project (or content root), used in messages. */
  file: string;
  /** Path relative to the content root, used to decide the collection. */
  relative: string;
  text: string;
}

export interface CheckedItem {
  collection: CollectionName;
  file: string;
  id: string;
  data: Record<string, unknown> & { id: string };
  parsed: ParsedFile;
}

export interface CheckedRequirement {
  file: string;
  spec: string;
  data: Requirement;
  index: number;
  parsed: ParsedFile;
}

export interface CheckResult {
  problems: Problem[];
  items: CheckedItem[];
  requirements: CheckedRequirement[];
}

export const collectionFor = (relative: string): CollectionName | 'requirements' | undefined => {
  if (/^specs\/[^/]+\/requirements\.yaml$/.test(relative)) return 'requirements';
  if (/^specs\/[^/]+\/index\.mdx$/.test(relative)) return 'specs';
  const folder = relative.split('/')[0];
  return COLLECTION_NAMES.find((c) => COLLECTIONS[c].pattern.split('/')[0] === folder && relative.split('/').length === 2);
};

function zodProblems(parsed: ParsedFile, error: z.ZodError, data: unknown, prefix: readonly PropertyKey[] = []): Problem[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    const value = valueAt(data, path);
    const missing = value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union');
    let message = missing ? 'mangler: feltet er påkrevd' : issue.message;
    if (issue.code === 'unrecognized_keys') {
      message = `ukjent felt: ${issue.keys.join(', ')} (sjekk stavingen, eller fjern feltet)`;
      return { file: parsed.file, line: parsed.lineOf([...path, issue.keys[0]!]), field: fieldName([...path, issue.keys[0]!]), message };
    }
    return { file: parsed.file, line: parsed.lineOf(path), field: fieldName(path), message };
  });
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** `variants[0].phases[1].steps[2].score` */
export function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(fil)';
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('');
}

export interface CheckOptions {
  /** Today's date (YYYY-MM-DD): `updated` may not be later. */
  today?: string;
  /** Whether an image referenced from `file` exists (absolute paths are served from public/). */
  assetExists?: (src: string, file: string) => boolean;
}

export function checkContent(sources: SourceText[], options: CheckOptions = {}): CheckResult {
  const problems: Problem[] = [];
  const items: CheckedItem[] = [];
  const requirements: CheckedRequirement[] = [];
  const requirementFiles: { parsed: ParsedFile; spec: string }[] = [];

  for (const source of sources) {
    const collection = collectionFor(source.relative);
    if (!collection) {
      problems.push({ file: source.file, line: 1, field: '(fil)', message: 'filen ligger i en mappe eller har et navn som verktøykassen ikke kjenner; se CONTRIBUTING.md for hvor innhold skal ligge' });
      continue;
    }
    const result = parseContentFile(source.file, source.text);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const { parsed } = result;
    if (collection === 'requirements') {
      const spec = source.relative.split('/')[1]!;
      const checked = requirementFileSchema.safeParse(parsed.data);
      if (!checked.success) {
        problems.push(...zodProblems(parsed, checked.error, parsed.data));
        // Keep the valid requirements so that references to them are still checked.
        const list = (parsed.data as { requirements?: unknown[] })?.requirements;
        if (Array.isArray(list)) {
          list.forEach((raw, index) => {
            const one = requirementFileSchema.shape.requirements.element.safeParse(raw);
            if (one.success) requirements.push({ file: parsed.file, spec, data: one.data, index, parsed });
          });
        }
      } else {
        checked.data.requirements.forEach((data, index) => requirements.push({ file: parsed.file, spec, data, index, parsed }));
      }
      requirementFiles.push({ parsed, spec });
      continue;
    }
    const checked = COLLECTIONS[collection].schema.safeParse(parsed.data);
    if (!checked.success) {
      problems.push(...zodProblems(parsed, checked.error, parsed.data));
      continue;
    }
    const data = checked.data as CheckedItem['data'];
    items.push({ collection, file: parsed.file, id: data.id, data, parsed });
  }

  problems.push(...checkGraph(items, requirements, requirementFiles));
  problems.push(...checkBodies(items, options));
  if (options.today) {
    for (const item of items) {
      const updated = String(item.data.updated);
      if (updated > options.today) {
        problems.push({ file: item.file, line: item.parsed.lineOf(['updated']), field: 'updated', message: `datoen ${updated} er i fremtiden; bruk datoen da innholdet sist ble endret` });
      }
    }
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { problems, items, requirements };
}

function checkGraph(
  items: CheckedItem[],
  requirements: CheckedRequirement[],
  requirementFiles: { parsed: ParsedFile; spec: string }[],
): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<CollectionName, Map<string, CheckedItem>>(COLLECTION_NAMES.map((c) => [c, new Map()]));

  for (const item of items) {
    const seen = ids.get(item.collection)!;
    const first = seen.get(item.id);
    if (first) {
      problems.push({
        file: item.file,
        line: item.parsed.lineOf(['id']),
        field: 'id',
        message: `id «${item.id}» er allerede brukt i ${first.file}; hver id skal være unik og brukes bare én gang`,
      });
    } else {
      seen.set(item.id, item);
    }
  }

  const requirementIds = new Map<string, CheckedRequirement>();
  for (const req of requirements) {
    const first = requirementIds.get(req.data.id);
    if (first) {
      problems.push({
        file: req.file,
        line: req.parsed.lineOf(['requirements', req.index, 'id']),
        field: `requirements[${req.index}].id`,
        message: `krav-id «${req.data.id}» er allerede brukt i ${first.file}; en krav-id brukes bare én gang, også etter at kravet er fjernet`,
      });
    } else {
      requirementIds.set(req.data.id, req);
    }
  }

  const refProblem = (
    parsed: ParsedFile,
    path: readonly PropertyKey[],
    target: CollectionName,
    value: string,
  ): Problem | undefined => {
    const known = ids.get(target)!;
    if (known.has(value)) return undefined;
    const suggestion = closestMatch(value, known.keys());
    return {
      file: parsed.file,
      line: parsed.lineOf(path),
      field: fieldName(path),
      message:
        `viser til «${value}», men det finnes ingen ${COLLECTIONS[target].label.toLowerCase()} med den id-en` +
        (suggestion ? `. Mente du «${suggestion}»?` : ''),
    };
  };
  const checkRefs = (parsed: ParsedFile, base: readonly PropertyKey[], values: unknown, target: CollectionName) => {
    if (!Array.isArray(values)) return;
    values.forEach((value, i) => {
      const problem = refProblem(parsed, [...base, i], target, String(value));
      if (problem) problems.push(problem);
    });
  };

  for (const item of items) {
    for (const [field, target] of Object.entries(COLLECTIONS[item.collection].refs)) {
      checkRefs(item.parsed, [field], item.data[field], target);
    }
  }

  for (const item of items.filter((i) => i.collection === 'journeys')) problems.push(...checkJourney(item, checkRefs));
  for (const item of items.filter((i) => i.collection === 'processes')) {
    problems.push(...checkProcess(item, checkRefs, ids.get('journeys')!, requirementIds));
  }
  for (const item of items.filter((i) => i.collection === 'strategy')) {
    const areas = item.data.areas as { principles: string[]; standards: string[]; specs: string[]; guides: string[] }[];
    areas.forEach((area, a) => {
      checkRefs(item.parsed, ['areas', a, 'principles'], area.principles, 'principles');
      checkRefs(item.parsed, ['areas', a, 'standards'], area.standards, 'standards');
      checkRefs(item.parsed, ['areas', a, 'specs'], area.specs, 'specs');
      checkRefs(item.parsed, ['areas', a, 'guides'], area.guides, 'guides');
    });
  }

  for (const req of requirements) {
    const base = ['requirements', req.index];
    checkRefs(req.parsed, [...base, 'principles'], req.data.principles, 'principles');
    checkRefs(req.parsed, [...base, 'standards'], req.data.standards, 'standards');
  }
  problems.push(...checkSpecs(ids.get('specs')!, requirements, requirementFiles));
  problems.push(...checkEquivalentTo(requirements));
  problems.push(...checkBodyLinks(items, ids, requirementIds));
  return problems;
}

type RefChecker = (parsed: ParsedFile, base: readonly PropertyKey[], values: unknown, target: CollectionName) => void;

interface JourneyStepData { id: string; components: string[]; principles: string[] }
interface JourneyData { variants: { variant: string; phases: { id: string; steps: JourneyStepData[] }[] }[] }

function checkJourney(item: CheckedItem, checkRefs: RefChecker): Problem[] {
  const problems: Problem[] = [];
  const data = item.data as unknown as JourneyData;
  const variants = new Set<string>();
  const stepIds = new Set<string>();
  data.variants.forEach((variant, v) => {
    if (variants.has(variant.variant)) {
      problems.push({ file: item.file, line: item.parsed.lineOf(['variants', v, 'variant']), field: `variants[${v}].variant`, message: `varianten «${variant.variant}» står to ganger` });
    }
    variants.add(variant.variant);
    variant.phases.forEach((phase, p) => {
      phase.steps.forEach((step, s) => {
        const path = ['variants', v, 'phases', p, 'steps', s];
        // The same step id may appear in both variants (today and future of the same step), not twice in one.
        const key = `${variant.variant}#${step.id}`;
        if (stepIds.has(key)) {
          problems.push({ file: item.file, line: item.parsed.lineOf([...path, 'id']), field: fieldName([...path, 'id']), message: `steg-id «${step.id}» er brukt før i samme variant; gi hvert steg en egen id` });
        }
        stepIds.add(key);
        checkRefs(item.parsed, [...path, 'components'], step.components, 'standards');
        checkRefs(item.parsed, [...path, 'principles'], step.principles, 'principles');
      });
    });
  });
  return problems;
}

interface ProcessStepData {
  id: string;
  kind: 'start' | 'task' | 'decision' | 'end';
  lane: string;
  components: string[];
  next: { to: string; label?: string }[];
  journeySteps: string[];
  requirements: string[];
}
interface ProcessData { lanes: { id: string }[]; variants: { variant: string; steps: ProcessStepData[] }[] }

function checkProcess(
  item: CheckedItem,
  checkRefs: RefChecker,
  journeys: Map<string, CheckedItem>,
  requirementIds: Map<string, CheckedRequirement>,
): Problem[] {
  const problems: Problem[] = [];
  const at = (path: PropertyKey[], message: string) =>
    problems.push({ file: item.file, line: item.parsed.lineOf(path), field: fieldName(path), message });
  const data = item.data as unknown as ProcessData;
  const lanes = new Set(data.lanes.map((l) => l.id));
  const seenVariants = new Set<string>();
  data.variants.forEach((variant, v) => {
    if (seenVariants.has(variant.variant)) at(['variants', v, 'variant'], `varianten «${variant.variant}» står to ganger`);
    seenVariants.add(variant.variant);
    const steps = new Map<string, ProcessStepData>();
    variant.steps.forEach((step, s) => {
      if (steps.has(step.id)) at(['variants', v, 'steps', s, 'id'], `steg-id «${step.id}» er brukt før i denne varianten`);
      steps.set(step.id, step);
    });
    variant.steps.forEach((step, s) => {
      const path: PropertyKey[] = ['variants', v, 'steps', s];
      if (!lanes.has(step.lane)) {
        const hint = closestMatch(step.lane, lanes);
        at([...path, 'lane'], `rollen «${step.lane}» finnes ikke under lanes${hint ? `. Mente du «${hint}»?` : ''}`);
      }
      step.next.forEach((next, n) => {
        if (!steps.has(next.to)) {
          const hint = closestMatch(next.to, steps.keys());
          at([...path, 'next', n, 'to'], `neste steg «${next.to}» finnes ikke i denne varianten${hint ? `. Mente du «${hint}»?` : ''}`);
        }
      });
      if (step.kind === 'end' && step.next.length > 0) at([...path, 'next'], 'et sluttsteg kan ikke ha neste steg');
      if (step.kind !== 'end' && step.next.length === 0) at([...path, 'next'], 'steget må ha minst ett neste steg (bare sluttsteg står uten)');
      if (step.kind === 'decision' && step.next.length < 2) at([...path, 'next'], 'en beslutning må ha minst to utfall (to neste steg)');
      checkRefs(item.parsed, [...path, 'components'], step.components, 'standards');
      step.journeySteps.forEach((ref, r) => {
        const [journeyId, stepId] = ref.split('#') as [string, string];
        const journey = journeys.get(journeyId);
        const known = journey ? journeyStepIds(journey) : undefined;
        if (!journey) at([...path, 'journeySteps', r], `brukerreisen «${journeyId}» finnes ikke${hintFor(journeyId, journeys.keys())}`);
        else if (!known!.has(stepId)) at([...path, 'journeySteps', r], `brukerreisen «${journeyId}» har ikke noe steg «${stepId}»${hintFor(stepId, known!)}`);
      });
      step.requirements.forEach((ref, r) => {
        if (!requirementIds.has(ref)) at([...path, 'requirements', r], `kravet «${ref}» finnes ikke i noen kravspesifikasjon${hintFor(ref, requirementIds.keys())}`);
      });
    });
    const starts = variant.steps.filter((s) => s.kind === 'start');
    if (starts.length === 0) at(['variants', v, 'steps'], 'varianten mangler et startsteg (kind: start)');
    if (!variant.steps.some((s) => s.kind === 'end')) at(['variants', v, 'steps'], 'varianten mangler et sluttsteg (kind: end)');
    const canFinish = stepsThatReachAnEnd(variant.steps);
    variant.steps.forEach((step, s) => {
      if (!canFinish.has(step.id) && step.next.every((n) => steps.has(n.to))) {
        at(['variants', v, 'steps', s, 'next'], `fra steget «${step.id}» kommer prosessen aldri til et sluttsteg (en løkke uten utgang)`);
      }
    });
  });
  return problems;
}

const hintFor = (value: string, known: Iterable<string>) => {
  const hint = closestMatch(value, known);
  return hint ? `. Mente du «${hint}»?` : '';
};

export function journeyStepIds(journey: CheckedItem): Set<string> {
  const data = journey.data as unknown as JourneyData;
  return new Set(data.variants.flatMap((v) => v.phases.flatMap((p) => p.steps.map((s) => s.id))));
}

/** Ids of the steps from which some path leads to an end step. */
export function stepsThatReachAnEnd(steps: { id: string; kind: string; next: { to: string }[] }[]): Set<string> {
  const reach = new Set(steps.filter((s) => s.kind === 'end').map((s) => s.id));
  let grew = true;
  while (grew) {
    grew = false;
    for (const step of steps) {
      if (!reach.has(step.id) && step.next.some((n) => reach.has(n.to))) {
        reach.add(step.id);
        grew = true;
      }
    }
  }
  return reach;
}

interface SpecData {
  version: string;
  categories: { id: string }[];
  changelog: { version: string; added: string[]; changed: string[]; removed: string[] }[];
}

function checkSpecs(
  specs: Map<string, CheckedItem>,
  requirements: CheckedRequirement[],
  requirementFiles: { parsed: ParsedFile; spec: string }[],
): Problem[] {
  const problems: Problem[] = [];
  const folderOf = (item: CheckedItem) => item.file.split('/').slice(-2, -1)[0]!;
  const bySpecFolder = new Map([...specs.values()].map((s) => [folderOf(s), s]));
  for (const spec of specs.values()) {
    if (!requirementFiles.some((f) => f.spec === folderOf(spec))) {
      problems.push({ file: spec.file, line: 1, field: '(fil)', message: `kravspesifikasjonen mangler kravfilen requirements.yaml i samme mappe` });
    }
    const data = spec.data as unknown as SpecData;
    const latest = data.changelog[0];
    if (latest && latest.version !== data.version) {
      problems.push({ file: spec.file, line: spec.parsed.lineOf(['changelog', 0, 'version']), field: 'changelog[0].version', message: `den øverste oppføringen i endringsloggen må gjelde gjeldende versjon ${data.version} (står ${latest.version})` });
    }
    const own = requirements.filter((r) => r.spec === folderOf(spec));
    const ownIds = new Set(own.map((r) => r.data.id));
    const categories = new Set(data.categories.map((c) => c.id));
    for (const req of own) {
      if (!categories.has(req.data.category)) {
        problems.push({ file: req.file, line: req.parsed.lineOf(['requirements', req.index, 'category']), field: `requirements[${req.index}].category`, message: `kategorien «${req.data.category}» er ikke definert under categories i index.mdx${hintFor(req.data.category, categories)}` });
      }
      if (req.data.removedIn && !data.changelog.some((e) => e.version === req.data.removedIn && e.removed.includes(req.data.id))) {
        problems.push({ file: req.file, line: req.parsed.lineOf(['requirements', req.index, 'removedIn']), field: `requirements[${req.index}].removedIn`, message: `kravet er merket fjernet i ${req.data.removedIn}, men endringsloggen for den versjonen nevner det ikke under removed` });
      }
    }
    data.changelog.forEach((entry, e) => {
      for (const kind of ['added', 'changed', 'removed'] as const) {
        entry[kind].forEach((id, i) => {
          if (!ownIds.has(id)) {
            problems.push({ file: spec.file, line: spec.parsed.lineOf(['changelog', e, kind, i]), field: `changelog[${e}].${kind}[${i}]`, message: `kravet «${id}» finnes ikke i requirements.yaml for denne malen (fjernede krav skal stå der med removedIn)` });
          }
        });
      }
      entry.removed.forEach((id, i) => {
        const req = own.find((r) => r.data.id === id);
        if (req && req.data.removedIn !== entry.version) {
          problems.push({ file: spec.file, line: spec.parsed.lineOf(['changelog', e, 'removed', i]), field: `changelog[${e}].removed[${i}]`, message: `kravet «${id}» er fjernet i ${entry.version}, men har ikke removedIn: ${entry.version} i requirements.yaml` });
        }
      });
    });
  }
  for (const file of requirementFiles) {
    if (!bySpecFolder.has(file.spec)) {
      problems.push({ file: file.parsed.file, line: 1, field: '(fil)', message: 'kravfilen har ingen index.mdx med kravspesifikasjonen i samme mappe' });
    }
  }
  return problems;
}

const LINK_PATTERN = /\]\((\/[^)\s]*)\)|href=["'](\/[^"']*)["']/g;

/** Internal links written in MDX bodies must lead to a page (and anchor) that will exist. */
function checkBodyLinks(
  items: CheckedItem[],
  ids: Map<CollectionName, Map<string, CheckedItem>>,
  requirementIds: Map<string, CheckedRequirement>,
): Problem[] {
  const known = new Set(staticRoutes());
  for (const [collection, map] of ids) for (const id of map.keys()) known.add(itemUrl(collection, id));
  const anchors = new Map<string, Set<string>>();
  for (const req of requirementIds.values()) {
    const url = itemUrl('specs', req.spec);
    anchors.set(url, (anchors.get(url) ?? new Set()).add(req.data.id));
  }
  const problems: Problem[] = [];
  for (const item of items) {
    const lines = item.parsed.body.split('\n');
    lines.forEach((line, i) => {
      for (const match of line.matchAll(LINK_PATTERN)) {
        const target = (match[1] ?? match[2])!;
        const [pathPart, anchor] = target.split('#') as [string, string | undefined];
        const path = pathPart.endsWith('/') || pathPart.includes('.') ? pathPart : `${pathPart}/`;
        if (!known.has(path)) {
          problems.push({ file: item.file, line: item.parsed.bodyStartLine + i, field: '(lenke)', message: `lenken «${target}» peker til en side som ikke finnes${hintFor(path, known)}` });
        } else if (anchor && anchors.has(path) && !anchors.get(path)!.has(anchor)) {
          problems.push({ file: item.file, line: item.parsed.bodyStartLine + i, field: '(lenke)', message: `lenken «${target}» peker til et krav som ikke finnes på siden` });
        }
      }
    });
  }
  return problems;
}

const IMAGE_PATTERN = /!\[([^\]]*)\]\(([^)\s]+)[^)]*\)|<img\b([^>]*)>/g;
const EXTERNAL_LINK_PATTERN = /\]\(((?:https?:|www\.|http)[^)\s]*)[^)]*\)|href=["']((?:https?:|www\.)[^"']*)["']/g;

/** Images must exist and have alt text; external links must be complete web addresses. */
function checkBodies(items: CheckedItem[], options: CheckOptions): Problem[] {
  const problems: Problem[] = [];
  for (const item of items) {
    item.parsed.body.split('\n').forEach((line, i) => {
      const at = { file: item.file, line: item.parsed.bodyStartLine + i };
      for (const match of line.matchAll(IMAGE_PATTERN)) {
        const alt = match[3] !== undefined ? /\balt=["']([^"']*)["']/.exec(match[3])?.[1] : match[1];
        const src = match[3] !== undefined ? /\bsrc=["']([^"']*)["']/.exec(match[3])?.[1] : match[2];
        if (!alt || !alt.trim()) problems.push({ ...at, field: '(bilde)', message: `bildet «${src ?? ''}» mangler alternativ tekst; beskriv hva bildet viser, for eksempel ![Kart over saksgangen](${src ?? 'bilde.png'})` });
        if (src && !/^https?:/.test(src) && options.assetExists && !options.assetExists(src, item.file)) {
          problems.push({ ...at, field: '(bilde)', message: `bildefilen «${src}» finnes ikke; legg den i public/ eller ved siden av innholdsfilen` });
        }
      }
      for (const match of line.matchAll(EXTERNAL_LINK_PATTERN)) {
        const url = (match[1] ?? match[2])!;
        if (!isWebAddress(url)) problems.push({ ...at, field: '(lenke)', message: `lenken «${url}» er ikke en fullstendig nettadresse; skriv den med https://, for eksempel https://www.digdir.no/` });
      }
    });
  }
  return problems;
}

export function isWebAddress(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname.includes('.');
  } catch {
    return false;
  }
}
