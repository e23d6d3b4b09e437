/**
 * The cache key of every generated route (Astro's `experimental.incrementalBuild`): one digest of
 * everything a page can show besides code — every content file, the git history the pages read
 * (dates, «Endring:» notes, older template versions), the build date (currency notices) and the
 * settings read from the environment. Astro adds the hash of each page's code. With one shared key a
 * content change renders every page again; an unchanged rebuild renders none of the generated ones.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BUILD_DATE } from './currency';
import { BENEFIT_BASE_FILE } from '../lib/check/collect';
import { listFiles } from '../node/files';
import { gitRevision } from '../node/git';

let digest: string | undefined;

export function siteDigest(): string {
  if (digest) return digest;
  const root = path.resolve(process.env.CONTENT_ROOT ?? 'content');
  const hash = createHash('sha256');
  for (const file of listFiles(root)) hash.update(`${path.relative(root, file)}\0`).update(readFileSync(file)).update('\0');
  // A content root without its own benefit base uses the repository's (src/node/benefit-base.ts).
  const sharedBase = path.resolve('content', BENEFIT_BASE_FILE);
  if (existsSync(sharedBase)) hash.update(readFileSync(sharedBase));
  const settings = Object.entries(process.env).filter(([name]) => name === 'SITE_URL' || name.startsWith('PUBLIC_')).sort();
  // The folder too: pages link to their source file by its path in the repository.
  hash.update(JSON.stringify({ root, head: gitRevision(root), date: BUILD_DATE, settings }));
  digest = hash.digest('hex');
  return digest;
}

/** The same paths, each marked with the site digest so an unchanged page can be copied from the last build. */
export function withCacheKey<T extends object>(paths: T[]): (T & { cacheKey: string })[] {
  const cacheKey = siteDigest();
  return paths.map((p) => ({ ...p, cacheKey }));
}
