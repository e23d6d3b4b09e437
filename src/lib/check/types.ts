/** The shapes every check rule works on: parsed files, validated items and a few shared helpers. */
import type { Root } from 'mdast';
import type { CollectionName } from '../collections';
import type { Requirement } from '../schema';
import type { ParsedFile, Problem } from '../source-file';
import { closestMatch } from '../text';

export type { Problem } from '../source-file';

export interface SourceText {
  /** Path relative to the project (or content root), used in messages. */
  file: string;
  /** Path relative to the content root, used to decide the collection. */
  relative: string;
  text: string;
  /** The raw bytes, when read from disk: lets the check refuse invalid UTF-8 instead of publishing U+FFFD. */
  bytes?: Uint8Array;
  /** Set when the file is a symbolic link: where it really points (absolute), and whether that is inside the content root. */
  symlink?: { target: string; insideRoot: boolean };
}

export interface CheckedItem {
  collection: CollectionName;
  file: string;
  id: string;
  data: Record<string, unknown> & { id: string };
  parsed: ParsedFile;
  /** The MDX syntax tree of the body, when it compiled. */
  tree?: Root;
}

export interface CheckedRequirement {
  file: string;
  spec: string;
  data: Requirement;
  index: number;
  parsed: ParsedFile;
}

export interface CheckOptions {
  /** Today's date (YYYY-MM-DD): `updated` and changelog dates may not be later. */
  today?: string;
  /** Whether an image referenced from `file` exists (absolute paths are served from public/). */
  assetExists?: (src: string, file: string) => boolean;
  /** Element ids the page templates use; a body heading may not get one of them. */
  pageIds?: Partial<Record<CollectionName, string[]>>;
}

export interface CheckContext {
  items: CheckedItem[];
  requirements: CheckedRequirement[];
  requirementFiles: { parsed: ParsedFile; spec: string }[];
  /** The first item with each id, per collection. */
  ids: Map<CollectionName, Map<string, CheckedItem>>;
  /** The first requirement with each id. */
  requirementIds: Map<string, CheckedRequirement>;
  /**
   * Files that could not be read (YAML or schema error), as `collection/id-from-file-name`, and specs
   * whose requirement file could not be read. References to them are not reported again, so one
   * mistake gives one message.
   */
  unreadable: Set<string>;
  unreadableRequirementSpecs: Set<string>;
  options: CheckOptions;
}

/** A rule over the whole parsed content. Pure: returns problems, never throws for bad content. */
export interface Rule {
  /** kebab-case; its fixtures in tests/content-fixtures/ are named `<name>` or `<name>-<case>`. */
  name: string;
  /** One line: what the rule refuses. */
  description: string;
  check: (context: CheckContext) => Problem[];
}

/** A rule over one file's text, before it is parsed. Any problem stops that file (no follow-on noise). */
export interface SourceRule {
  name: string;
  description: string;
  check: (source: SourceText) => Problem[];
}

/** `variants[0].phases[1].steps[2].score` */
export function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(fil)';
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('');
}

export const hintFor = (value: string, known: Iterable<string>) => {
  const hint = closestMatch(value, known);
  return hint ? `. Mente du «${hint}»?` : '';
};

/** A problem at a field of a parsed file. */
export const problemAt = (parsed: ParsedFile, path: readonly PropertyKey[], message: string): Problem => ({
  file: parsed.file,
  line: parsed.lineOf(path),
  field: fieldName(path),
  message,
});

export const folderOf = (file: string) => file.split('/').slice(-2, -1)[0]!;
