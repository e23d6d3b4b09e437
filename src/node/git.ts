/**
 * Content history from git: when each file last changed, and the recent changes for /endringer/.
 * One `git log` call per build; without git (or outside a repository) everything falls back to
 * the `updated` field in the files.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export interface ContentChange {
  date: string;
  /**
   * The reader-facing notes of the commit: the values of its `Endring:` trailers (CONTRIBUTING.md).
   * The subject is a developer's message and is deliberately never read.
   */
  notes: string[];
  files: string[];
}

const cache = new Map<string, ContentChange[]>();

const topLevels = new Map<string, string | undefined>();

/**
 * The top folder of the git checkout that holds `folder`, or undefined outside one. Asked once per
 * folder and process: each git call is a new process, and the check and the build ask for every template.
 */
export function gitTopLevel(folder: string): string | undefined {
  const dir = path.resolve(folder);
  if (topLevels.has(dir)) return topLevels.get(dir);
  let top: string | undefined;
  try {
    top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    top = undefined;
  }
  topLevels.set(dir, top);
  return top;
}

/** Commits that touched the content folder, newest first, with the content files they changed. */
export function contentHistory(contentRoot: string): ContentChange[] {
  const hit = cache.get(contentRoot);
  if (hit) return hit;
  let history: ContentChange[];
  try {
    const top = gitTopLevel(contentRoot);
    if (!top) throw new Error('not a git checkout');
    const out = execFileSync('git', ['log', '--format=%x1e%cs%x1f%(trailers:key=Endring,valueonly,unfold,separator=%x1d)', '--name-only', '--', '.'], {
      cwd: contentRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
    history = out
      .split('\x1e')
      .filter((block) => block.trim())
      .map((block) => {
        const [head, ...names] = block.trim().split('\n');
        const [date, trailers = ''] = head!.split('\x1f') as [string, string?];
        const notes = trailers.split('\x1d').map((n) => n.trim()).filter(Boolean);
        return { date, notes, files: names.filter(Boolean).map((n) => path.join(top, n)) };
      });
  } catch {
    history = [];
  }
  cache.set(contentRoot, history);
  return history;
}

const lastChangedCache = new Map<string, Map<string, string>>();

/** The date of the last commit that changed each file (absolute paths), computed once per build. */
export function lastChanged(contentRoot: string): Map<string, string> {
  const hit = lastChangedCache.get(contentRoot);
  if (hit) return hit;
  const dates = new Map<string, string>();
  for (const change of contentHistory(contentRoot)) {
    for (const file of change.files) if (!dates.has(file)) dates.set(file, change.date);
  }
  lastChangedCache.set(contentRoot, dates);
  return dates;
}

/** The commit a ref names (HEAD by default), or «uten git» outside a repository: part of the build's cache keys. */
export function gitRevision(cwd: string, ref = 'HEAD'): string {
  try {
    return execFileSync('git', ['rev-parse', ref], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'uten git';
  }
}
