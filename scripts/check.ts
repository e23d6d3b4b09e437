/**
 * `npm run check`: validates all content without building the site.
 * Prints every problem as `path:line field — message`, grouped by file, and exits 1 if any.
 */
import type { CheckResult, SourceText } from '../src/lib/check';
import { isError, type Problem } from '../src/lib/problem';
import { cachePath } from '../src/node/build-cache';
import { listFiles } from '../src/node/files';
import { gitRevision, gitTopLevel } from '../src/node/git';
import { execFileSync } from 'node:child_process';
import jsYaml from 'js-yaml';
import { compareWithPrevious, type SpecState } from '../src/lib/spec-history';
import { mermaidFences } from '../src/lib/mermaid-fences';

type ParseContentFile = typeof import('../src/lib/source-file').parseContentFile;
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../src/lib/collections';
import path from 'node:path';
import { readContentFiles, contentRoot, projectRoot } from './content-files';

let lastFromCache = false;

/** Whether the last runCheck reused the stored result of an identical input. */
export const lastCheckFromCache = (): boolean => lastFromCache;

/** Schema, references, links — and the syntax of every Mermaid diagram written in a body. */
export async function runCheck(root = contentRoot()): Promise<Problem[]> {
  const files = readContentFiles(root);
  const today = new Date().toISOString().slice(0, 10);
  const ids = pageIds();
  const cache = checkCache(root, files, today, ids);
  const hit = cache.read();
  lastFromCache = Boolean(hit);
  if (hit) return hit;
  // Loaded only when the check runs: the rules, the YAML parser and the browser cost seconds to load.
  const [{ checkContent }, { closeRenderer, mermaidProblem, startDrawing }, { parseContentFile }] = await Promise.all([
    import('../src/lib/check'),
    import('../src/node/mermaid'),
    import('../src/lib/source-file'),
  ]);
  try {
    // Drawing first: Chromium draws while the rules below run, and the build's pages find the diagrams ready.
    await startDrawing(files.filter((f) => f.file.endsWith('.mdx')).flatMap((f) => mermaidFences(f.text, 1).map((fence) => fence.code)));
    const { problems, items, requirements } = checkContent(files, {
      today,
      assetExists: (src, file) =>
        src.startsWith('/') ? existsSync(path.join(projectRoot, 'public', src)) : existsSync(path.resolve(path.dirname(file), src)),
      pageIds: ids,
    });
    problems.push(...historyProblems(root, { problems, items, requirements }, parseContentFile));
    problems.push(...(await buildCompilerProblems(items, problems)));
    const fences = items.flatMap((item) => mermaidFences(item.parsed.body, item.parsed.bodyStartLine).map((fence) => ({ item, fence })));
    const messages = await Promise.all(fences.map(({ fence }) => mermaidProblem(fence.code)));
    fences.forEach(({ item, fence }, i) => {
      const message = messages[i];
      if (message) {
        problems.push({ file: item.file, line: fence.line, field: '(diagram)', message: `Mermaid-diagrammet har feil syntaks: ${message.replace(/\s+/g, ' ')}` });
      }
    });
    const sorted = problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    cache.write(sorted);
    return sorted;
  } finally {
    await closeRenderer();
  }
}

/**
 * The build compiles MDX with Sätteri (Astro's Rust processor), the body rules read @mdx-js/mdx's
 * syntax tree: a body must pass both, so nothing the build would refuse gets past the check.
 */
async function buildCompilerProblems(items: CheckResult['items'], found: Problem[]): Promise<Problem[]> {
  const { mdxToJs } = await import('satteri');
  const problems: Problem[] = [];
  const unreadable = new Set(found.filter((p) => p.field === '(MDX)' && isError(p)).map((p) => p.file));
  for (const item of items) {
    if (!item.file.endsWith('.mdx') || unreadable.has(item.file)) continue;
    try {
      await mdxToJs(item.parsed.mdxSource, { features: { gfm: true } });
    } catch (error) {
      const reason = String((error as Error).message ?? error).split('\n')[0]!;
      const line = Number(/^(\d+):\d+/.exec(reason)?.[1] ?? item.parsed.bodyStartLine);
      problems.push({ file: item.file, line, field: '(MDX)', message: `brødteksten kan ikke leses som MDX (teknisk melding: ${reason})` });
    }
  }
  return problems;
}

/** Everything the check itself is made of: a change to a rule checks all content again. */
const CHECK_CODE = ['src/lib', 'src/node/mermaid.ts', 'scripts/check.ts', 'scripts/content-files.ts', 'package-lock.json'];

/**
 * The check's result for exactly this input — every content file, the published versions it compares
 * templates with, the date, the page templates' ids, the files in public/ and the check's own code —
 * is kept on disk, so an unchanged rebuild does not check the same files again. Only content without
 * errors is kept: a failing check always runs in full.
 */
function checkCache(root: string, files: SourceText[], today: string, ids: Partial<Record<CollectionName, string[]>>) {
  const hash = createHash('sha256');
  const add = (label: string, value: string | Uint8Array) => hash.update(`${label}\0`).update(value).update('\0');
  for (const f of files) add(`${f.relative}|${f.file}|${JSON.stringify(f.symlink ?? null)}`, f.bytes ?? f.text);
  for (const relative of CHECK_CODE) {
    for (const file of listFiles(path.join(projectRoot, relative))) add(path.relative(projectRoot, file), readFileSync(file));
  }
  for (const file of listFiles(path.join(root, '_previous'))) add(path.relative(root, file), readFileSync(file));
  add('public', listFiles(path.join(projectRoot, 'public')).map((f) => path.relative(projectRoot, f)).join('\n'));
  add('state', JSON.stringify({ root, cwd: process.cwd(), today, ids, base: gitRevision(root, process.env.CHECK_BASE_REF ?? 'HEAD') }));
  const dir = cachePath('check');
  const file = path.join(dir, `${hash.digest('hex').slice(0, 32)}.json`);
  return {
    read: (): Problem[] | undefined => {
      try {
        return JSON.parse(readFileSync(file, 'utf8')) as Problem[];
      } catch {
        return undefined;
      }
    },
    write: (problems: Problem[]) => {
      if (problems.some(isError)) return;
      // Best effort: another check (a test run) may be replacing the cache at the same moment.
      try {
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir, { recursive: true });
        writeFileSync(`${file}.${process.pid}`, JSON.stringify(problems));
        renameSync(`${file}.${process.pid}`, file);
      } catch {
        // The next check runs in full.
      }
    },
  };
}

/**
 * The element ids each item page uses, read from its page template and the components it imports,
 * so that a body heading cannot repeat one of them (the list follows the templates as they change).
 */
export function pageIds(): Partial<Record<CollectionName, string[]>> {
  const result: Partial<Record<CollectionName, string[]>> = {};
  const idsIn = (file: string, seen: Set<string>): string[] => {
    if (seen.has(file) || !existsSync(file)) return [];
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    const own = [...text.matchAll(/\bid="([a-z][a-z0-9-]*)"/g)].map((m) => m[1]!);
    const imported = [...text.matchAll(/from ['"](\.{1,2}\/[^'"]+\.astro)['"]/g)].flatMap((m) => idsIn(path.resolve(path.dirname(file), m[1]!), seen));
    return [...own, ...imported];
  };
  for (const name of COLLECTION_NAMES) {
    const page = path.join(projectRoot, 'src/pages', COLLECTIONS[name].route, '[id].astro');
    if (existsSync(page)) result[name] = [...new Set(idsIn(page, new Set()))];
  }
  return result;
}

/**
 * The last published state of a template: a `_previous/` snapshot in the content root (tests), or
 * the files at CHECK_BASE_REF in git (default HEAD, so a contributor's uncommitted edits are compared
 * with what is published). Undefined for a new template.
 */
function previousSpec(root: string, slug: string, parseContentFile: ParseContentFile): SpecState | undefined {
  const snapshot = path.join(root, '_previous', 'specs', slug);
  const read = (file: string): string | undefined => {
    if (existsSync(path.join(root, '_previous'))) {
      const full = path.join(snapshot, file);
      return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
    }
    try {
      const spec = path.join(root, 'specs', slug, file);
      const top = gitTopLevel(root);
      if (!top) return undefined;
      const ref = process.env.CHECK_BASE_REF ?? 'HEAD';
      return execFileSync('git', ['show', `${ref}:${path.relative(top, spec).split(path.sep).join('/')}`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      return undefined;
    }
  };
  const index = read('index.mdx');
  const reqs = read('requirements.yaml');
  if (!index || !reqs) return undefined;
  const parsed = parseContentFile('index.mdx', index);
  const version = parsed.ok ? String((parsed.parsed.data as { version?: unknown }).version ?? '') : '';
  let requirements: SpecState['requirements'] = [];
  try {
    requirements = (jsYaml.load(reqs) as { requirements?: SpecState['requirements'] })?.requirements ?? [];
  } catch {
    return undefined;
  }
  return version ? { version, requirements } : undefined;
}

function historyProblems(root: string, result: CheckResult, parseContentFile: ParseContentFile): Problem[] {
  if (result.problems.some(isError)) return []; // compare only content that is valid in itself
  const problems: Problem[] = [];
  for (const spec of result.items.filter((i) => i.collection === 'specs')) {
    const slug = path.basename(path.dirname(spec.file));
    const previous = previousSpec(root, slug, parseContentFile);
    if (!previous) continue;
    const own = result.requirements.filter((r) => r.spec === slug);
    const data = spec.data as unknown as { version: string; changelog: { version: string; added: string[]; changed: string[]; removed: string[] }[] };
    for (const p of compareWithPrevious(previous, { version: data.version, changelog: data.changelog, requirements: own.map((r) => r.data) })) {
      const req = p.id ? own.find((r) => r.data.id === p.id) : undefined;
      const file = req?.file ?? (p.id ? own[0]?.file : undefined) ?? spec.file;
      const line = req ? req.parsed.lineOf(['requirements', req.index, p.field]) : p.id ? 1 : spec.parsed.lineOf([p.field]);
      const field = req ? `requirements[${req.index}].${p.field}` : p.field;
      problems.push({ file, line, field, message: p.message });
    }
  }
  return problems;
}

export function formatProblems(problems: Problem[]): string {
  const lines: string[] = [];
  let currentFile = '';
  for (const p of problems) {
    if (p.file !== currentFile) {
      if (currentFile) lines.push('');
      lines.push(p.file);
      currentFile = p.file;
    }
    lines.push(`  ${p.file}:${p.line} ${p.field} — ${isError(p) ? '' : 'advarsel: '}${p.message}`);
  }
  const fileCount = new Set(problems.map((p) => p.file)).size;
  const errors = problems.filter(isError).length;
  const warnings = problems.length - errors;
  lines.push('', `${errors} ${errors === 1 ? 'problem' : 'problemer'}${warnings ? ` og ${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'}` : ''} i ${fileCount} ${fileCount === 1 ? 'fil' : 'filer'}.`);
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('check.ts')) {
  runCheck()
    .then((problems) => {
      if (problems.some(isError)) {
        console.error(formatProblems(problems));
        process.exit(1);
      }
      if (problems.length > 0) console.warn(formatProblems(problems));
      console.log(`Innholdet i ${contentRoot()} er i orden: ingen problemer funnet${problems.length > 0 ? ' (se advarslene over)' : ''}.`);
    })
    .catch((error: Error) => {
      console.error(`Kontrollen stoppet uventet: ${error.message}`);
      process.exit(2);
    });
}
