/**
 * The caches never change what is published. The real content (in a git repository of its own) is
 * built clean, then again with every cache warm: both sites must be identical byte for byte, and the
 * second build must really have reused its caches. Then a standard's title is changed — it is shown
 * on many pages and in the downloads — and a warm build must equal a clean build of the changed content.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parsePhases } from '../../src/lib/build-phases';
import { listFiles } from '../../src/node/files';

const work = mkdtempSync(path.join(tmpdir(), 'incremental-'));
const content = path.join(work, 'content');
cpSync(path.resolve('content'), content, { recursive: true });
// The real content draws its diagrams from typed data; one Mermaid diagram in MDX exercises the renderer too.
const guide = path.join(content, 'guides/bruke-verktoykassen.mdx');
writeFileSync(guide, `${readFileSync(guide, 'utf8')}\n## Illustrasjon til testen\n\n\`\`\`mermaid title="Fra søknad til vedtak"\nflowchart LR\n  a["Søknad"] --> b["Vedtak"]\n\`\`\`\n`);
const git = (...args: string[]) => execFileSync('git', args, { cwd: content, stdio: 'ignore' });
git('init', '-q');
git('-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', 'add', '-A');
git('-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', 'commit', '-qm', 'Innhold', '-m', 'Endring: Testinnhold');

function build(dist: string, cache: string) {
  const r = spawnSync('npm', ['run', '--silent', 'build'], {
    env: { ...process.env, CONTENT_ROOT: content, DIST_DIR: dist, BUILD_CACHE_DIR: cache, DIAGRAM_CACHE_DIR: path.join(cache, 'diagrams') },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const log = `${r.stdout}\n${r.stderr}`;
  expect(r.status, log.slice(-3000)).toBe(0);
  const parts = /\[fase-deler\] (\{.*\})/.exec(log);
  const ahead = /\[nedlastinger\] laget på forhånd i arbeidstråd: (\d+)/.exec(log);
  return {
    log,
    phases: parsePhases(log),
    downloadsMade: parts ? (JSON.parse(parts[1]!) as { downloads: { files: number } }).downloads.files : -1,
    /** Made in a worker thread while Astro rendered (src/node/download-pool.ts). */
    downloadsAhead: ahead ? Number(ahead[1]) : -1,
  };
}

const files = (dir: string) => listFiles(dir).map((f) => path.relative(dir, f));

/** Paths that differ between two built sites: missing on either side, or with other bytes. */
function differences(a: string, b: string): string[] {
  const left = files(a);
  const right = new Set(files(b));
  const diff = left.filter((f) => !right.has(f) || !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))));
  return [...diff, ...[...right].filter((f) => !left.includes(f)).map((f) => `${f} (bare i den ene)`)];
}

describe('incremental build', () => {
  it('a warm rebuild publishes exactly what a clean build publishes, before and after a change', { timeout: 900_000 }, () => {
    const dist = path.join(work, 'dist');
    const cache = path.join(work, 'cache');
    const clean = build(dist, cache);
    expect(clean.downloadsMade).toBeGreaterThan(0);
    expect(clean.downloadsAhead, 'a clean build shares its downloads with a worker thread').toBeGreaterThan(0);
    // The check, running alongside Astro, draws the MDX diagrams; the pages wait for its drawings instead of drawing them again.
    expect(clean.log).toMatch(/\[diagrams\] rendered [1-9]\d*, from cache 0, browser launched: yes, .*\(innholdskontrollen\)/);
    expect(clean.log).toMatch(/\[diagrams\] rendered 0, from cache [1-9]\d*, browser launched: no, render time 0 ms\n/);
    const snapshot = path.join(work, 'snapshot');
    cpSync(dist, snapshot, { recursive: true });

    const warm = build(dist, cache);
    expect(warm.log).toContain('innholdskontrollen: innholdet er uendret');
    expect(warm.log).toContain('uendret, kopiert fra bufferen');
    expect(warm.downloadsMade, 'no download is made again').toBe(0);
    expect(warm.downloadsAhead, 'nor ahead, in a worker').toBe(0);
    expect(warm.phases?.total).toBeGreaterThan(0);
    expect(differences(snapshot, dist)).toEqual([]);

    // A title that appears on other pages and inside the documents.
    const file = path.join(content, 'standards/altinn.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: Altinn$/m, 'title: Altinn (endret i test)'));
    const changed = build(dist, cache);
    expect(changed.downloadsMade, 'the change reaches the downloads').toBeGreaterThan(0);
    expect(changed.downloadsAhead, 'changed content: the downloads are shared with a worker again').toBeGreaterThan(0);
    expect(readFileSync(path.join(dist, 'standarder/altinn/index.html'), 'utf8')).toContain('Altinn (endret i test)');
    const reference = path.join(work, 'reference');
    build(reference, path.join(work, 'cache-reference'));
    expect(differences(reference, dist)).toEqual([]);
    rmSync(work, { recursive: true, force: true });
  });
});
