/**
 * The build refuses unsafe bodies on its own: Astro run directly (skipping `npm run check`) on a
 * body with a JavaScript expression stops with the file, line and a plain message, and publishes nothing.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

describe('build without the check', () => {
  it('stops at {process.env.HOME} in a body', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'unsafe-'));
    const dist = path.join(work, 'dist');
    const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      env: { ...process.env, CONTENT_ROOT: path.resolve('tests/content-fixtures/body-safety-expression'), DIST_DIR: dist, BUILD_CACHE_DIR: path.join(work, 'cache') },
      encoding: 'utf8',
    });
    const log = `${r.stdout}\n${r.stderr}`;
    expect(r.status, log).not.toBe(0);
    expect(log).toContain('Innholdet er refusert (MDX): krøllparenteser');
    expect(log).toMatch(/testprinsipp\.mdx/);
    const home = process.env.HOME ?? '/root';
    const published = existsSync(dist) ? readdirSync(dist, { recursive: true }).map(String).filter((f) => f.endsWith('.html')) : [];
    for (const page of published) expect(readFileSync(path.join(dist, page), 'utf8')).not.toContain(`Hjemmemappen er ${home}`);
  }, 180_000);
});
