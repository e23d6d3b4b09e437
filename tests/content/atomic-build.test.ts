/**
 * Builds are atomic: interrupted at several points, `npm run build` leaves the previous dist/ as it
 * was (never a partial one) and cleans up after itself; a second build started while one runs is
 * refused with the lock message; a stale lock (its builder is gone) does not block.
 */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const work = mkdtempSync(path.join(tmpdir(), 'atomic-'));
const dist = path.join(work, 'dist');
const lock = path.resolve('.build.lock');
const env = {
  ...process.env,
  CONTENT_ROOT: path.resolve('tests/site-fixture'),
  DIST_DIR: dist,
  BUILD_CACHE_DIR: path.join(work, 'cache'),
};

function start() {
  // Its own process group, so the signal reaches npm, tsx, the build and Astro, as Ctrl+C does.
  const child = spawn('npm', ['run', '--silent', 'build'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = async (pattern: RegExp | (() => boolean), timeout = 120_000) => {
    const started = Date.now();
    while (!(typeof pattern === 'function' ? pattern() : pattern.test(output))) {
      if (Date.now() - started > timeout) throw new Error(`timed out waiting for ${pattern}:\n${output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return { child, exited, waitFor, output: () => output, interrupt: () => process.kill(-child.pid!, 'SIGINT') };
}

const snapshot = () => readdirSync(dist, { recursive: true }).map(String).sort();
const leftovers = () => readdirSync(work).filter((f) => f !== 'dist' && f !== 'cache');

describe('atomic build', () => {
  let before: string[] = [];
  let index = '';

  it('a stale lock does not block, and a full build swaps in a complete dist/', async () => {
    writeFileSync(lock, JSON.stringify({ pid: 2 ** 22 + 12345, started: new Date().toISOString() }));
    const build = start();
    expect(await build.exited, build.output()).toBe(0);
    expect(existsSync(path.join(dist, 'index.html'))).toBe(true);
    expect(existsSync(path.join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(lock)).toBe(false);
    expect(leftovers()).toEqual([]);
    writeFileSync(path.join(dist, 'forrige-bygg.txt'), 'dette er forrige bygg');
    before = snapshot();
    index = readFileSync(path.join(dist, 'index.html'), 'utf8');
  }, 240_000);

  const points: [string, (b: ReturnType<typeof start>) => Promise<void>][] = [
    ['during the content check', (b) => b.waitFor(() => existsSync(lock))],
    ['while Astro builds the pages', (b) => b.waitFor(/Building static entrypoints|generating static routes/i)],
  ];
  for (const [label, when] of points) {
    it(`SIGINT ${label} leaves the previous dist/ intact and nothing behind`, async () => {
      const build = start();
      await when(build);
      build.interrupt();
      const code = await build.exited;
      expect(code, build.output()).not.toBe(0);
      expect(snapshot()).toEqual(before);
      expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe(index);
      expect(leftovers(), build.output()).toEqual([]);
      expect(existsSync(lock), 'lock released').toBe(false);
      expect(build.output()).not.toMatch(/\n\s+at /);
    }, 180_000);
  }

  it('a second build while one runs is refused with the lock message; SIGINT while Pagefind indexes leaves dist/ intact', async () => {
    const first = start();
    await first.waitFor(() => existsSync(lock));
    const second = spawnSync('npm', ['run', '--silent', 'build'], { env, encoding: 'utf8' });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('Et annet bygg kjører allerede');
    expect(second.stderr).not.toMatch(/\n\s+at /);
    // The refused build touched nothing: the first one goes on and is interrupted at its last step.
    await first.waitFor(/\[build\] astro build: /, 200_000);
    first.interrupt();
    const code = await first.exited;
    // Either the signal came before the swap (the previous site, untouched) or just after it (the
    // whole new site): never a mix.
    const after = snapshot();
    if (after.includes('forrige-bygg.txt')) {
      expect(code, first.output()).not.toBe(0);
      expect(first.output()).toContain('Bygget ble avbrutt');
      expect(after).toEqual(before);
      expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe(index);
    } else {
      expect(existsSync(path.join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
      expect(after.filter((f) => f.endsWith('.html')).length).toBe(before.filter((f) => f.endsWith('.html')).length);
    }
    expect(leftovers()).toEqual([]);
    expect(existsSync(lock)).toBe(false);
  }, 240_000);

  it('a wrong CHROMIUM_PATH stops the build with one clear message and no stack trace', () => {
    const r = spawnSync('npm', ['run', '--silent', 'build'], { env: { ...env, CHROMIUM_PATH: '/finnes/ikke/chromium' }, encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('CHROMIUM_PATH er satt til «/finnes/ikke/chromium»');
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at /);
    expect(r.stderr.match(/CHROMIUM_PATH er satt/g)).toHaveLength(1);
  }, 120_000);
});
