/** Finds and reads every content file under the content root. */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SourceText } from '../src/lib/check';

export const projectRoot = path.resolve(import.meta.dirname, '..');

/** The folder the site is built from: `content/`, or `CONTENT_ROOT` (used by the benchmark). */
export function contentRoot(): string {
  return path.resolve(projectRoot, process.env.CONTENT_ROOT ?? 'content');
}

export function readContentFiles(root = contentRoot()): SourceText[] {
  return globSync('**/*.{md,mdx,yaml,yml}', { cwd: root })
    // Folders starting with _ hold other things than content (a test's snapshot of a previous version).
    .filter((relative) => !relative.split(path.sep).some((part) => part.startsWith('_')))
    .sort()
    .map((relative) => {
      const absolute = path.join(root, relative);
      const shown = path.relative(process.cwd(), absolute) || absolute;
      return { file: shown, relative: relative.split(path.sep).join('/'), text: readFileSync(absolute, 'utf8') };
    });
}
