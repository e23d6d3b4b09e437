/**
 * Validates the whole content graph and returns every problem found, never only the first.
 * Pure: it receives file texts and returns problems and the validated items.
 *
 * This file only reads the content — exactly as the build does — and runs the rules; the rules
 * themselves, one per module, are listed in src/lib/check/rules/index.ts.
 */
import type { z } from 'astro/zod';
import type { Root } from 'mdast';
import { compileSync } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from './collections';
import { benefitBaseSchema, requirementFileSchema } from './schema';
import { parseContentFile, type ParsedFile, type Problem } from './source-file';
import { collectionFor, isContentText } from './check/collect';
import { ASSET_RULES, RULES, SOURCE_RULES } from './check/rules/index';
import { fieldName, type CheckContext, type CheckedItem, type CheckedRequirement, type CheckOptions, type SourceText } from './check/types';

export type { Problem } from './source-file';
export type { CheckedItem, CheckedRequirement, CheckOptions, SourceText } from './check/types';
export { BENEFIT_BASE_FILE, collectionFor } from './check/collect';
export { fieldName } from './check/types';
export { isWebAddress } from './check/rules/external-link';
export { stepsThatReachAnEnd } from './check/rules/process-structure';
export { journeyStepIds } from './check/rules/journey-structure';

export interface CheckResult {
  problems: Problem[];
  items: CheckedItem[];
  requirements: CheckedRequirement[];
}

function zodProblems(parsed: ParsedFile, error: z.ZodError, data: unknown): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path;
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

/** Thrown by the capture step to stop @mdx-js/mdx once the syntax tree is read. */
const TREE_READ = Symbol('tree read');

/**
 * Reads the body with @mdx-js/mdx as @astrojs/mdx does (same GFM syntax, frontmatter blanked so
 * lines match) and keeps the syntax tree for the body rules; a body that cannot be read is the
 * file's problem, with its line. It stops once the tree is read: turning the tree into JavaScript
 * is the build compiler's job, and the check runs that compiler too (Sätteri, in scripts/check.ts).
 */
function readBody(parsed: ParsedFile): { tree?: Root; problem?: Problem } {
  let tree: Root | undefined;
  const capture = () => (root: Root) => {
    tree = root;
    throw TREE_READ;
  };
  try {
    compileSync({ value: parsed.mdxSource, path: parsed.file }, { remarkPlugins: [remarkGfm, capture], format: 'mdx' });
    return { tree };
  } catch (error) {
    if (error === TREE_READ) return { tree };
    const e = error as { line?: number; reason?: string; message?: string };
    const reason = String(e.reason ?? e.message ?? error).split('\n')[0]!;
    const message = /before name|Unexpected character|Could not parse expression|Unexpected end of file|closing tag/i.test(reason)
      ? 'brødteksten kan ikke leses som MDX: tegnene < og { betyr kode i MDX; skriv \\< og \\{ (eller «under», «over») hvis du mener selve tegnet'
      : 'brødteksten kan ikke leses som MDX';
    return { tree, problem: { file: parsed.file, line: e.line ?? parsed.bodyStartLine, field: '(MDX)', message: `${message} (teknisk melding: ${reason})` } };
  }
}

const fileStem = (relative: string) => relative.split('/').pop()!.replace(/\.[^.]+$/, '');

export function checkContent(sources: SourceText[], options: CheckOptions = {}): CheckResult {
  const problems: Problem[] = [];
  const items: CheckedItem[] = [];
  const requirements: CheckedRequirement[] = [];
  const requirementFiles: { parsed: ParsedFile; spec: string }[] = [];
  const unreadable = new Set<string>();
  const unreadableRequirementSpecs = new Set<string>();

  for (const source of sources) {
    const assetProblems = ASSET_RULES.flatMap((rule) => rule.check(source));
    problems.push(...assetProblems);
    if (assetProblems.length > 0 || !isContentText(source.relative)) continue;

    const collection = collectionFor(source.relative);
    const markUnreadable = (data?: unknown) => {
      if (collection === 'requirements') unreadableRequirementSpecs.add(source.relative.split('/')[1]!);
      else if (collection) {
        unreadable.add(`${collection}/${collection === 'specs' ? source.relative.split('/')[1]! : fileStem(source.relative)}`);
        const id = (data as { id?: unknown } | undefined)?.id;
        if (typeof id === 'string') unreadable.add(`${collection}/${id}`);
      }
    };
    const textProblem = SOURCE_RULES.map((rule) => rule.check(source)).find((found) => found.length > 0);
    if (textProblem) {
      problems.push(...textProblem);
      markUnreadable();
      continue;
    }
    if (!collection) continue;
    const result = parseContentFile(source.file, source.text);
    if (!result.ok) {
      problems.push(...result.problems);
      markUnreadable();
      continue;
    }
    const { parsed } = result;
    if (collection === 'tools') {
      const checked = benefitBaseSchema.safeParse(parsed.data);
      if (!checked.success) problems.push(...zodProblems(parsed, checked.error, parsed.data));
      continue;
    }
    if (collection === 'requirements') {
      const spec = source.relative.split('/')[1]!;
      const checked = requirementFileSchema.safeParse(parsed.data);
      if (!checked.success) {
        problems.push(...zodProblems(parsed, checked.error, parsed.data));
        unreadableRequirementSpecs.add(spec);
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
    const body = readBody(parsed);
    if (body.problem) problems.push(body.problem);
    const checked = COLLECTIONS[collection].schema.safeParse(parsed.data);
    if (!checked.success) {
      problems.push(...zodProblems(parsed, checked.error, parsed.data));
      markUnreadable(parsed.data);
      continue;
    }
    const data = checked.data as CheckedItem['data'];
    items.push({ collection, file: parsed.file, id: data.id, data, parsed, tree: body.tree });
  }

  const ids = new Map<CollectionName, Map<string, CheckedItem>>(COLLECTION_NAMES.map((c) => [c, new Map()]));
  for (const item of items) if (!ids.get(item.collection)!.has(item.id)) ids.get(item.collection)!.set(item.id, item);
  const requirementIds = new Map<string, CheckedRequirement>();
  for (const req of requirements) if (!requirementIds.has(req.data.id)) requirementIds.set(req.data.id, req);

  const context: CheckContext = { items, requirements, requirementFiles, ids, requirementIds, unreadable, unreadableRequirementSpecs, options };
  for (const rule of RULES) problems.push(...rule.check(context));
  // Further rule sets (e.g. the currency rules in src/lib/currency-rules.ts) plug in here with one call
  // taking the same CheckContext; at merge they become modules in src/lib/check/rules/.
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { problems, items, requirements };
}
