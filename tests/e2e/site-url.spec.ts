/**
 * No placeholder domain anywhere: the built site (no SITE_URL in tests) and a build of the small
 * site fixture with SITE_URL set contain no «example.no» in any file, office files unzipped.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';

const PLACEHOLDER = 'example.no';

async function filesContaining(dir: string, needle: string): Promise<string[]> {
  const hits: string[] = [];
  const walk = async (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) await walk(p);
      else if (/\.(docx|xlsx|odt|ods)$/.test(name)) {
        const zip = await JSZip.loadAsync(readFileSync(p));
        for (const entry of Object.values(zip.files)) if (!entry.dir && (await entry.async('string')).includes(needle)) hits.push(`${p}:${entry.name}`);
      } else if (readFileSync(p).includes(needle)) hits.push(p);
    }
  };
  await walk(dir);
  return hits;
}

test('no file of the built site contains the placeholder domain', async () => {
  test.setTimeout(120_000);
  expect(await filesContaining('dist', PLACEHOLDER)).toEqual([]);
});

test('with SITE_URL set, documents and feeds use it and nothing holds the placeholder', async () => {
  test.setTimeout(600_000);
  const dist = mkdtempSync(path.join(tmpdir(), 'site-url-'));
  const site = 'https://verktoy.kommune-test.invalid';
  const build = spawnSync('npm', ['run', 'build'], {
    env: { ...process.env, SITE_URL: site, CONTENT_ROOT: 'tests/site-fixture', DIST_DIR: dist },
    encoding: 'utf8',
    timeout: 540_000,
  });
  expect(build.status, build.stderr.slice(-2000)).toBe(0);
  expect(await filesContaining(dist, PLACEHOLDER)).toEqual([]);
  const feed = readFileSync(path.join(dist, 'kravspesifikasjoner/endringer.xml'), 'utf8');
  expect(feed).toContain(`<link href="${site}/kravspesifikasjoner/"/>`);
  const specs = JSON.parse(readFileSync(path.join(dist, 'api/kravspesifikasjoner.json'), 'utf8')) as { downloads: Record<string, string> }[];
  const docx = await JSZip.loadAsync(readFileSync(path.join(dist, specs[0]!.downloads.docx!)));
  expect(await docx.file('word/_rels/document.xml.rels')!.async('string')).toContain(`Target="${site}/kravspesifikasjoner/`);
});
