/**
 * `npm run check`: validates all content without building the site.
 * Prints every problem as `path:line field — message`, grouped by file, and exits 1 if any.
 */
import { checkContent, type Problem } from '../src/lib/check';
import { mermaidFences } from '../src/lib/mermaid-fences';
import { closeRenderer, mermaidProblem } from '../src/node/mermaid';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readContentFiles, contentRoot, projectRoot } from './content-files';

/** Schema, references, links — and the syntax of every Mermaid diagram written in a body. */
export async function runCheck(root = contentRoot()): Promise<Problem[]> {
  const { problems, items } = checkContent(readContentFiles(root), {
    today: new Date().toISOString().slice(0, 10),
    assetExists: (src, file) =>
      src.startsWith('/') ? existsSync(path.join(projectRoot, 'public', src)) : existsSync(path.resolve(path.dirname(file), src)),
  });
  try {
    for (const item of items) {
      for (const fence of mermaidFences(item.parsed.body, item.parsed.bodyStartLine)) {
        const message = await mermaidProblem(fence.code);
        if (message) {
          problems.push({ file: item.file, line: fence.line, field: '(diagram)', message: `Mermaid-diagrammet har feil syntaks: ${message.replace(/\s+/g, ' ')}` });
        }
      }
    }
  } finally {
    await closeRenderer();
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
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
    lines.push(`  ${p.file}:${p.line} ${p.field} — ${p.message}`);
  }
  const fileCount = new Set(problems.map((p) => p.file)).size;
  lines.push('', `${problems.length} ${problems.length === 1 ? 'problem' : 'problemer'} i ${fileCount} ${fileCount === 1 ? 'fil' : 'filer'}.`);
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('check.ts')) {
  runCheck()
    .then((problems) => {
      if (problems.length > 0) {
        console.error(formatProblems(problems));
        process.exit(1);
      }
      console.log(`Innholdet i ${contentRoot()} er i orden: ingen problemer funnet.`);
    })
    .catch((error: Error) => {
      console.error(`Kontrollen stoppet uventet: ${error.message}`);
      process.exit(2);
    });
}
