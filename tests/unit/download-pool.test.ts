/**
 * Downloads made ahead in a worker thread (src/node/download-pool.ts) must be the very bytes the
 * build makes on its own thread, and anything the worker cannot do must still give the file.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import '../../src/node/zip';
import { makeDownload, type DownloadBody, type DownloadJob } from '../../src/lib/downloads';
import { specRequirementSet } from '../../src/lib/export/spec-set';
import { checkContent } from '../../src/lib/check';
import { readContentFiles } from '../../scripts/content-files';
import { benefitBase } from '../../src/node/benefit-base';
import { services } from '../../src/lib/service';
import { versionDate } from '../../src/lib/tools/context';
import { TOOLS } from '../../src/lib/tools/registry';
import { DOWNLOAD_FORMATS } from '../../src/lib/spec';
import type { Journey, Process, Requirement } from '../../src/lib/schema';

type Pool = typeof import('../../src/node/download-pool');
const cacheDir = mkdtempSync(path.join(tmpdir(), 'kommit-nedlastinger-'));

/** A fresh copy of the module (its once-per-build decision starts over), with the build cache in a temporary folder. */
async function freshPool(env: Record<string, string | undefined>): Promise<Pool> {
  vi.resetModules();
  for (const [name, value] of Object.entries({ BUILD_CACHE_DIR: cacheDir, ...env })) vi.stubEnv(name, value);
  return import('../../src/node/download-pool');
}

const req = (id: string, extra: Partial<Requirement> = {}): Requirement => ({
  id, text: `Krav ${id} & <mer>.`, type: 'evaluering', category: 'a', motive: 'Fordi.', verification: `Kontroll ${id}.`, guidance: `Svar ${id}.`, principles: [], standards: [], equivalentTo: [], buyerFields: [], weight: 2, ...extra,
});
const set = specRequirementSet({
  id: 'test',
  spec: {
    title: 'Testmal', version: '2.0.0', scope: 'Test.', ssaAppendix: 'Bilag 1 Kundens kravspesifikasjon', updated: '2026-12-01',
    categories: [{ id: 'a', title: 'Kategori A' }],
    changelog: [{ version: '2.0.0', date: '2026-12-01', summary: 's', added: [], changed: [], removed: [] }],
  },
  requirements: [req('TM-A-001'), req('TM-A-002', { type: 'minimum' })],
  titles: {},
  sourceUrl: 'https://example.invalid/kravspesifikasjoner/test/',
});

const { items } = checkContent(readContentFiles());
const of = <T>(c: string) => items.filter((i) => i.collection === c).map((i) => ({ id: i.id, data: i.data as unknown as T }));
const processes = of<Process>('processes');
const base = benefitBase();
const service = services(of<Journey>('journeys'), processes)[0]!;
const ctx = { service, base, titles: { specs: {}, standards: {} }, date: versionDate(service, base) };
const sampleProcess = processes[0]!;

const jobs: [string, DownloadJob][] = [
  ...DOWNLOAD_FORMATS.map((format): [string, DownloadJob] => [`spec ${format}`, { kind: 'spec', format, set }]),
  ...(['xlsx', 'ods'] as const).map((format): [string, DownloadJob] => [`evaluering ${format}`, { kind: 'tender', tender: 'evalueringsmodell', format, set }]),
  ...(['docx', 'odt', 'xlsx'] as const).map((format): [string, DownloadJob] => [`svarskjema ${format}`, { kind: 'tender', tender: 'svarskjema', format, set }]),
  ...TOOLS.flatMap((tool) => tool.formats.map((format): [string, DownloadJob] => [`${tool.id} ${format}`, { kind: 'tool', tool: tool.id, format, ctx }])),
  ...sampleProcess.data.variants.map((variant): [string, DownloadJob] => [
    `bpmn ${variant.variant}`,
    { kind: 'bpmn', input: { id: sampleProcess.id, title: sampleProcess.data.title, lanes: sampleProcess.data.lanes, variant, pageUrl: '/prosesser/x/' } },
  ]),
];
const bytes = (body: DownloadBody) => Buffer.from(typeof body === 'string' ? new TextEncoder().encode(body) : body);

describe('downloads made ahead in a worker thread', () => {
  let pool: Pool;
  beforeAll(async () => {
    // The module as the build loads it (no fresh copy: that would also give the writers a fresh zipper setting).
    pool = await import('../../src/node/download-pool');
  });
  afterAll(async () => {
    await pool.closeDownloadPool();
  });

  it('gives every kind of file byte for byte as Astro’s thread makes it', async () => {
    const before = pool.downloadStats();
    pool.prefetchDownloads(jobs.map(([key, job]) => [key, () => job]));
    // Asked for from the end, where the worker starts: it stays ahead, so none is made here.
    for (const [key, job] of [...jobs].reverse()) {
      const ahead = await pool.download(key, () => job);
      expect(typeof ahead, key).toBe(typeof (await makeDownload(job)));
      expect(bytes(ahead).equals(bytes(await makeDownload(job))), key).toBe(true);
    }
    const after = pool.downloadStats();
    expect(after.ahead - before.ahead).toBe(jobs.length);
    expect(after.here - before.here).toBe(0);
  });

  it('shares the files when Astro asks from the front: each comes once, right, from one side or the other', async () => {
    const before = pool.downloadStats();
    const keyed = jobs.map(([key, job]): [string, DownloadJob] => [`forfra ${key}`, job]);
    pool.prefetchDownloads(keyed.map(([key, job]) => [key, () => job]));
    for (const [key, job] of keyed) expect(bytes(await pool.download(key, () => job)).equals(bytes(await makeDownload(job))), key).toBe(true);
    const after = pool.downloadStats();
    // The first file was not started by the worker (it starts at the end); the last ones were.
    expect(after.here - before.here).toBeGreaterThanOrEqual(1);
    expect(after.ahead - before.ahead).toBeGreaterThanOrEqual(1);
    expect(after.ahead - before.ahead + (after.here - before.here)).toBe(keyed.length);
  });

  it('makes a file here when its key was not made ahead, or was already taken', async () => {
    const [key, job] = jobs[0]!;
    const before = pool.downloadStats();
    const body = await pool.download(key, () => job);
    expect(bytes(body).equals(bytes(await makeDownload(job)))).toBe(true);
    expect(pool.downloadStats().here - before.here).toBe(1);
  });

  it('a job that fails in the worker fails here with the same message (the build stops on it)', async () => {
    // A workbook tool has no text-document format.
    const bad: DownloadJob = { kind: 'tool', tool: 'gevinstanalyse', format: 'docx', ctx };
    const [, good] = jobs[0]!;
    pool.prefetchDownloads([['feil', () => bad], ['etter feilen', () => good]]);
    const before = pool.downloadStats();
    await expect(pool.download('feil', () => bad)).rejects.toThrow('gevinstanalyse has no docx format');
    // The worker goes on with the next file.
    expect(bytes(await pool.download('etter feilen', () => good)).equals(bytes(await makeDownload(good)))).toBe(true);
    expect(pool.downloadStats().ahead - before.ahead).toBe(1);
  });
});

describe('when a build makes its downloads ahead', () => {
  afterAll(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('only in `npm run build`, only with workers, and only when the content differs from the last build', async () => {
    expect((await freshPool({ DOWNLOAD_PREFETCH: undefined })).prefetchWanted('a')).toBe(false);
    expect((await freshPool({ DOWNLOAD_PREFETCH: '1', DOWNLOAD_WORKERS: '0' })).prefetchWanted('a')).toBe(false);
    const first = await freshPool({ DOWNLOAD_PREFETCH: '1', DOWNLOAD_WORKERS: '1' });
    rmSync(first.PREFETCH_DIGEST_FILE, { force: true });
    expect(first.prefetchWanted('a')).toBe(true);
    // Decided once per build: later routes get the same answer.
    expect(first.prefetchWanted('a')).toBe(true);
    expect(readFileSync(first.PREFETCH_DIGEST_FILE, 'utf8')).toBe('a');
    expect((await freshPool({ DOWNLOAD_PREFETCH: '1', DOWNLOAD_WORKERS: '1' })).prefetchWanted('a')).toBe(false);
    expect((await freshPool({ DOWNLOAD_PREFETCH: '1', DOWNLOAD_WORKERS: '1' })).prefetchWanted('b')).toBe(true);
  });

  it('uses one core fewer than the machine has, at most four; DOWNLOAD_WORKERS overrides and 0 or nonsense turns it off', async () => {
    const { workerCount } = await freshPool({});
    expect(workerCount(undefined, 2)).toBe(1);
    expect(workerCount(undefined, 1)).toBe(0);
    expect(workerCount(undefined, 16)).toBe(4);
    expect(workerCount('2', 2)).toBe(2);
    expect(workerCount('0', 8)).toBe(0);
    expect(workerCount('mange', 8)).toBe(0);
  });
});
