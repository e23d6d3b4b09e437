/**
 * Reads one content file (MDX with YAML frontmatter, or plain YAML) and keeps enough of the YAML
 * syntax tree to say on which line any field stands.
 */
import { LineCounter, parseDocument, isMap, isSeq, visit, type Document, type Node } from 'yaml';
import jsYaml from 'js-yaml';

export { isError, type Problem } from './problem';
import type { Problem } from './problem';

export interface ParsedFile {
  file: string;
  data: unknown;
  body: string;
  /** 1-based line in the file where the body starts (after the closing `---`). */
  bodyStartLine: number;
  /** The whole file as @astrojs/mdx compiles it: frontmatter blanked, lines kept (MDX files only). */
  mdxSource: string;
  /** The file line of the field at `path`, or of its nearest parent that exists. */
  lineOf: (path: readonly PropertyKey[]) => number;
}

// js-yaml exports its types, but @types/js-yaml does not declare them.
const jsYamlTimestamp = (jsYaml as unknown as { types: { timestamp: jsYaml.Type } }).types.timestamp;
/**
 * js-yaml turns `2024-02-30` into 1 March without a word. The check reads a date written as
 * YYYY-MM-DD as the text that was written, so the schema judges the date the contributor typed (valid
 * dates read the same); every other timestamp, and everything else, is read as Astro reads it.
 */
const CHECK_SCHEMA = jsYaml.DEFAULT_SCHEMA.extend({
  implicit: [
    new jsYaml.Type('tag:yaml.org,2002:timestamp', {
      kind: 'scalar',
      resolve: (text: string) => jsYamlTimestamp.resolve(text),
      construct: (text: string) => (/^\d{4}-\d{2}-\d{2}$/.test(text) ? text : jsYamlTimestamp.construct(text)),
      instanceOf: Date,
    }),
  ],
});

/** An anchor (`&name`) can only stand first in a node, and an alias (`*name`) needs one. Over-eager is fine: it only costs time. */
const MAY_HOLD_ANCHOR = /(?:^|[\s[{,])&\S/m;

export type ParseResult = { ok: true; parsed: ParsedFile } | { ok: false; problems: Problem[] };

/** Text-level problems a contributor's editor may introduce: each gets its own plain message. */
function encodingProblems(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  if (text.charCodeAt(0) === 0xfeff) {
    problems.push({ file, line: 1, field: '(fil)', message: 'filen starter med et usynlig BOM-tegn; lagre den som «UTF-8» uten BOM' });
  }
  const crlf = text.indexOf('\r\n');
  if (crlf >= 0) {
    problems.push({
      file,
      line: lineAt(text, crlf),
      field: '(fil)',
      message: 'filen har Windows-linjeskift (CRLF); lagre den med Unix-linjeskift (LF)',
    });
  }
  return problems;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

/**
 * Astro's own frontmatter rule (@astrojs/internal-helpers/frontmatter, used by the glob loader and
 * @astrojs/mdx): the block ends at the first line that *starts* with `---`, however the YAML reads.
 */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---)([\s\S]*?\n)(?:---)/;

/** Splits the file as the build does; YAML files are all frontmatter. */
function splitFrontmatter(file: string, text: string): { yaml: string; yamlStartLine: number; firstFieldLine: number; body: string; bodyStartLine: number; mdxSource: string } | Problem {
  if (!/\.mdx?$/.test(file)) return { yaml: text, yamlStartLine: 1, firstFieldLine: 1, body: '', bodyStartLine: 1, mdxSource: '' };
  const match = FRONTMATTER.exec(text);
  if (!match) {
    if (text.trimStart().startsWith('---')) {
      return { file, line: 1, field: '(frontmatter)', message: 'fant ikke linjen med tre bindestreker (---) som avslutter feltene øverst i filen' };
    }
    return { file, line: 1, field: '(frontmatter)', message: 'filen må starte med en linje med tre bindestreker (---) og feltene under' };
  }
  // Line 1 of the YAML text is the rest of the opening `---` line, as js-yaml sees it.
  const openLine = lineAt(text, text.indexOf('---', match.index));
  const afterEnd = match.index + match[0].length;
  const closeLine = lineAt(text, afterEnd);
  const restOfLine = text.slice(afterEnd).split('\n')[0]!;
  if (restOfLine.trim() !== '') {
    return { file, line: closeLine, field: '(frontmatter)', message: `linjen som avslutter feltene må bare inneholde ---, men her står «---${restOfLine}»` };
  }
  // What @astrojs/mdx compiles: the frontmatter blanked out, so body lines keep their file line numbers.
  const mdxSource = text.slice(0, match.index) + text.slice(match.index, afterEnd).replace(/[^\n]/g, ' ') + text.slice(afterEnd);
  return {
    yaml: match[1]!,
    yamlStartLine: openLine,
    firstFieldLine: openLine + 1,
    body: text.slice(afterEnd + restOfLine.length + 1),
    bodyStartLine: closeLine + 1,
    mdxSource,
  };
}

/** The first YAML problem only: one mistake gives one message, not a cascade. */
function firstYamlProblem(file: string, yaml: string, toFileLine: (offset: number) => number, doc: Document): Problem | undefined {
  const error = doc.errors[0];
  if (error) return { file, line: toFileLine(error.pos[0]), field: '(YAML)', message: yamlMessage(error.code, error.message, yaml, error.pos[0]) };
  let alias: Problem | undefined;
  visit(doc, {
    Alias(_, node) {
      alias ??= { file, line: node.range ? toFileLine(node.range[0]) : 1, field: '(YAML)', message: `YAML-alias (*${node.source}) er ikke tillatt; skriv verdien ut der den trengs` };
      return visit.BREAK;
    },
  });
  return alias;
}

export function parseContentFile(file: string, rawText: string): ParseResult {
  if (rawText.trim() === '') {
    return { ok: false, problems: [{ file, line: 1, field: '(fil)', message: 'filen er tom' }] };
  }
  const encoding = encodingProblems(file, rawText);
  const text = rawText.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const split = splitFrontmatter(file, text);
  if ('message' in split) return { ok: false, problems: [...encoding, split] };

  // The data the build sees: Astro reads frontmatter and YAML files with js-yaml. The slower syntax
  // tree (for line numbers and clear messages) is made only when it is needed: when js-yaml refuses the
  // text, when the text may hold an anchor (aliases are refused), or when a problem needs a line.
  let data: unknown;
  let loadError: unknown;
  try {
    data = jsYaml.load(split.yaml, { schema: CHECK_SCHEMA });
  } catch (error) {
    loadError = error;
  }
  const lineCounter = new LineCounter();
  let doc: Document | undefined;
  const syntaxTree = () => (doc ??= parseDocument(split.yaml, { lineCounter, prettyErrors: false, uniqueKeys: true }));
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + split.yamlStartLine - 1;
  if (loadError !== undefined || MAY_HOLD_ANCHOR.test(split.yaml)) {
    const yamlProblem = firstYamlProblem(file, split.yaml, toFileLine, syntaxTree());
    if (yamlProblem) return { ok: false, problems: [...encoding, yamlProblem] };
  }
  if (encoding.length > 0) return { ok: false, problems: encoding };
  if (loadError !== undefined) {
    const mark = (loadError as { mark?: { line?: number } }).mark;
    const reason = String((loadError as { reason?: string }).reason ?? (loadError as Error).message).split('\n')[0];
    return { ok: false, problems: [{ file, line: (mark?.line ?? 0) + split.yamlStartLine, field: '(YAML)', message: `YAML-feil: ${reason}` }] };
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, problems: [{ file, line: split.firstFieldLine, field: '(YAML)', message: 'feltene øverst må være navn: verdi-par, ikke en liste eller en enkelt verdi' }] };
  }

  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = nodeAt(syntaxTree().contents as Node | null, path.slice(0, depth));
      if (node?.range) return toFileLine(node.range[0]);
    }
    return split.firstFieldLine;
  };
  return { ok: true, parsed: { file, data, body: split.body, bodyStartLine: split.bodyStartLine, mdxSource: split.mdxSource, lineOf } };
}

function nodeAt(root: Node | null, path: readonly PropertyKey[]): Node | null {
  let node: Node | null = root;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) return null;
      // Point at the key line: that is where a reader looks for the field.
      const pairKey = pair.key as Node;
      const valueNode = pair.value as Node | null;
      node = key === path[path.length - 1] ? (pairKey ?? valueNode) : valueNode;
    } else if (isSeq(node) && typeof key === 'number') {
      node = (node.items[key] as Node | undefined) ?? null;
    } else {
      return null;
    }
  }
  return node;
}

function yamlMessage(code: string, original: string, yaml: string, offset: number): string {
  if (code === 'TAB_AS_INDENT' || /tab/i.test(original) || yaml.slice(Math.max(0, offset - 1), offset + 1).includes('\t')) {
    return 'YAML tillater ikke tabulator til innrykk; bruk mellomrom';
  }
  if (code === 'DUPLICATE_KEY') return 'det samme feltet står to ganger';
  if (code === 'BAD_INDENT' || code === 'MISSING_CHAR') return `YAML-feil: innrykket eller tegnsettingen er feil her (${original.split('\n')[0]})`;
  return `YAML-feil: ${original.split('\n')[0]}`;
}
