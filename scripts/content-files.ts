/** Finds and reads every file under the content root, as the check needs to see them. */
import { globSync, lstatSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { SourceText } from '../src/lib/check';
import { isContentText } from '../src/lib/check/collect';

export const projectRoot = path.resolve(import.meta.dirname, '..');

/** The folder the site is built from: `content/`, or `CONTENT_ROOT` (used by the benchmark). */
export function contentRoot(): string {
  return path.resolve(projectRoot, process.env.CONTENT_ROOT ?? 'content');
}

/**
 * Every file, not only the ones the build reads: a `.md` file the build would ignore, an SVG or a
 * symbolic link out of the folder must be reported too. Text files come with their raw bytes so
 * that invalid UTF-8 is found instead of silently replaced.
 */
export function readContentFiles(root = contentRoot()): SourceText[] {
  const realRoot = realpathSync(root);
  return globSync('**/*', { cwd: root })
    // Folders starting with _ hold other things than content (a test's snapshot of a previous version).
    .filter((relative) => !relative.split(path.sep).some((part) => part.startsWith('_') || part.startsWith('.')))
    .sort()
    .flatMap((relative): SourceText[] => {
      const absolute = path.join(root, relative);
      const stat = lstatSync(absolute);
      const shown = path.relative(process.cwd(), absolute) || absolute;
      const rel = relative.split(path.sep).join('/');
      let symlink: SourceText['symlink'];
      if (stat.isSymbolicLink()) {
        let target = '';
        try {
          target = realpathSync(absolute);
        } catch {
          target = '(finnes ikke)';
        }
        symlink = { target, insideRoot: target.startsWith(realRoot + path.sep) };
        if (!symlink.insideRoot) return [{ file: shown, relative: rel, text: '', symlink }];
      } else if (!stat.isFile()) {
        return [];
      }
      if (!isContentText(rel)) return [{ file: shown, relative: rel, text: '', symlink }];
      const bytes = readFileSync(absolute);
      return [{ file: shown, relative: rel, text: bytes.toString('utf8'), bytes, symlink }];
    });
}
