/**
 * Content history from git: when each file last changed, and the recent changes for /endringer/.
 * One `git log` call per build; without git (or outside a repository) everything falls back to
 * the `updated` field in the files.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export interface ContentChange {
  date: string;
  subject: string;
  files: string[];
}

let cached: ContentChange[] | undefined;

/** Commits that touched the content folder, newest first, with the content files they changed. */
export function contentHistory(contentRoot: string): ContentChange[] {
  if (cached) return cached;
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: contentRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const out = execFileSync('git', ['log', '--format=%x1e%cs%x1f%s', '--name-only', '--', '.'], {
      cwd: contentRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
    cached = out
      .split('\x1e')
      .filter((block) => block.trim())
      .map((block) => {
        const [head, ...names] = block.trim().split('\n');
        const [date, subject] = head!.split('\x1f') as [string, string];
        return { date, subject, files: names.filter(Boolean).map((n) => path.join(top, n)) };
      });
  } catch {
    cached = [];
  }
  return cached;
}

let lastChangedCache: Map<string, string> | undefined;

/** The date of the last commit that changed each file (absolute paths), computed once per build. */
export function lastChanged(contentRoot: string): Map<string, string> {
  if (lastChangedCache) return lastChangedCache;
  const dates = new Map<string, string>();
  for (const change of contentHistory(contentRoot)) {
    for (const file of change.files) if (!dates.has(file)) dates.set(file, change.date);
  }
  lastChangedCache = dates;
  return dates;
}
