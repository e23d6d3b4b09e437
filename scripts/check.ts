/**
 * `npm run check`: validates all content without building the site.
 * Prints every problem as `path:line field — message`, grouped by file, and exits 1 if any.
 */
import { checkContent, type Problem } from '../src/lib/check';
import { readContentFiles, contentRoot } from './content-files';

export function runCheck(): Problem[] {
  const files = readContentFiles();
  const { problems } = checkContent(files);
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
    lines.push(`  ${p.file}:${p.line} ${p.field} — ${p.message}`);
  }
  const fileCount = new Set(problems.map((p) => p.file)).size;
  lines.push('', `${problems.length} ${problems.length === 1 ? 'problem' : 'problemer'} i ${fileCount} ${fileCount === 1 ? 'fil' : 'filer'}.`);
  return lines.join('\n');
}

if (import.meta.main || process.argv[1]?.endsWith('check.ts')) {
  let problems: Problem[];
  try {
    problems = runCheck();
  } catch (error) {
    console.error(`Kontrollen stoppet uventet: ${(error as Error).message}`);
    process.exit(2);
  }
  if (problems.length > 0) {
    console.error(formatProblems(problems));
    process.exit(1);
  }
  console.log(`Innholdet i ${contentRoot()} er i orden: ingen problemer funnet.`);
}
