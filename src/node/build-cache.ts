/**
 * Where the build keeps what it can reuse: drawn diagrams, Astro's incremental page cache, the
 * search index and the content check's last result. Everything is keyed by a hash of its input, so
 * deleting the folder only makes the next build slower. `BUILD_CACHE_DIR` moves it (the benchmark
 * gives each scale its own and deletes it for a clean build).
 */
import path from 'node:path';

export const BUILD_CACHE_DIR = path.resolve(process.env.BUILD_CACHE_DIR ?? '.cache');

export function cachePath(name: 'diagrams' | 'astro' | 'search' | 'check'): string {
  if (name === 'diagrams' && process.env.DIAGRAM_CACHE_DIR) return path.resolve(process.env.DIAGRAM_CACHE_DIR);
  return path.join(BUILD_CACHE_DIR, name);
}
