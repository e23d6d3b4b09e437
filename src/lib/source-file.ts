/**
 * Reads one content file (MDX with YAML frontmatter, or plain YAML) and keeps enough of the YAML
 * syntax tree to say on which line any field stands.
 */
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';

export interface Problem {
  file: string;
  line: number;
  field: string;
  message: string;
  /** A warning is printed but does not fail the check or the build. */
  severity?: 'warning';
}

export const isError = (problem: Problem): boolean => problem.severity !== 'warning';

export interface ParsedFile {
  file: string;
  data: unknown;
  body: string;
  /** 1-based line in the file where the body starts (after the closing `---`). */
  bodyStartLine: number;
  /** The file line of the field at `path`, or of its nearest parent that exists. */
  lineOf: (path: readonly PropertyKey[]) => number;
}

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

/** Splits `---\nyaml\n---\nbody`; YAML files are all frontmatter. */
function splitFrontmatter(file: string, text: string): { yaml: string; yamlStartLine: number; body: string; bodyStartLine: number } | Problem {
  if (!/\.mdx?$/.test(file)) return { yaml: text, yamlStartLine: 1, body: '', bodyStartLine: 1 };
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') {
    return { file, line: 1, field: '(frontmatter)', message: 'filen må starte med en linje med tre bindestreker (---) og feltene under' };
  }
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) {
    return { file, line: 1, field: '(frontmatter)', message: 'fant ikke linjen med tre bindestreker (---) som avslutter feltene øverst i filen' };
  }
  return {
    yaml: lines.slice(1, end).join('\n'),
    yamlStartLine: 2,
    body: lines.slice(end + 1).join('\n'),
    bodyStartLine: end + 2,
  };
}

export function parseContentFile(file: string, rawText: string): ParseResult {
  if (rawText.trim() === '') {
    return { ok: false, problems: [{ file, line: 1, field: '(fil)', message: 'filen er tom' }] };
  }
  const encoding = encodingProblems(file, rawText);
  const text = rawText.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const split = splitFrontmatter(file, text);
  if ('message' in split) return { ok: false, problems: [...encoding, split] };

  const lineCounter = new LineCounter();
  const doc = parseDocument(split.yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + split.yamlStartLine - 1;
  if (doc.errors.length > 0) {
    const yamlProblems = doc.errors.map((error) => ({
      file,
      line: toFileLine(error.pos[0]),
      field: '(YAML)',
      message: yamlMessage(error.code, error.message, split.yaml, error.pos[0]),
    }));
    return { ok: false, problems: [...encoding, ...yamlProblems] };
  }
  if (encoding.length > 0) return { ok: false, problems: encoding };

  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = nodeAt(doc.contents as Node | null, path.slice(0, depth));
      if (node?.range) return toFileLine(node.range[0]);
    }
    return split.yamlStartLine;
  };
  const data = doc.toJS() ?? {};
  return { ok: true, parsed: { file, data, body: split.body, bodyStartLine: split.bodyStartLine, lineOf } };
}

function nodeAt(root: Node | null, path: readonly PropertyKey[]): Node | null {
  let node: Node | null = root;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) return null;
      // Point at the key line: that is where a reader looks for the field.
      const keyNode = pair.key as Node;
      const valueNode = pair.value as Node | null;
      node = key === path[path.length - 1] ? (keyNode ?? valueNode) : valueNode;
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
