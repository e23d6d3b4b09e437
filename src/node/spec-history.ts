/**
 * Published versions of a template from git history: for each version, the requirements and
 * categories of the newest commit whose index.mdx had that version. Without git, an empty map.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { requirementFileSchema, type Requirement, type Spec } from '../lib/schema';
import { gitTopLevel } from './git';

export type SpecHistory = Map<string, { requirements: Requirement[]; categories?: Spec['categories'] }>;

const cache = new Map<string, SpecHistory>();

export function specHistory(specDir: string): SpecHistory {
  const dir = path.resolve(specDir);
  const hit = cache.get(dir);
  if (hit) return hit;
  const found: SpecHistory = new Map();
  const git = (args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  try {
    // Asked of the folder that holds every template, so git answers once for all of them.
    const top = gitTopLevel(path.dirname(dir));
    if (!top) throw new Error('not a git checkout');
    const rel = path.relative(top, dir).split(path.sep).join('/');
    // Pathspecs are relative to the working directory unless marked as from the top.
    const commits = git(['log', '--format=%H', '--', `:(top)${rel}/index.mdx`, `:(top)${rel}/requirements.yaml`]).split('\n').filter(Boolean);
    for (const commit of commits) {
      let index: string;
      let reqs: string;
      try {
        index = git(['show', `${commit}:${rel}/index.mdx`]);
        reqs = git(['show', `${commit}:${rel}/requirements.yaml`]);
      } catch {
        continue;
      }
      const front = /^---\n([\s\S]*?)\n---/.exec(index)?.[1];
      const meta = front ? (parseYaml(front) as { version?: unknown; categories?: Spec['categories'] }) : undefined;
      const version = meta?.version ? String(meta.version) : undefined;
      if (!version || found.has(version)) continue;
      const parsed = requirementFileSchema.safeParse(parseYaml(reqs));
      if (!parsed.success) continue;
      found.set(version, { requirements: parsed.data.requirements, ...(meta?.categories ? { categories: meta.categories } : {}) });
    }
  } catch {
    // Not a git checkout: only the current version and rebuilt versions are published.
  }
  cache.set(dir, found);
  return found;
}
