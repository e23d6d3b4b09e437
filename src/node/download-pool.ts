/**
 * Shares a build's downloads between Astro's thread and worker threads. Astro asks every route for
 * its paths before it renders any page, so a download route can hand its files here in the order
 * Astro will ask for them. The workers take files from the end of that list while Astro takes
 * them from the front (a file nobody has started yet is made on Astro's thread as before), so both
 * cores make downloads where Astro alone made them and waited.
 *
 * Only where it pays: in `npm run build` (which sets DOWNLOAD_PREFETCH) and only when the site
 * digest differs from the last build's, that is, when Astro renders the download routes instead of
 * copying them from its incremental cache. Whatever goes wrong (no worker, a failed job, a key that
 * does not match) the file is made on Astro's thread, so the bytes never depend on it.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeDownload, type DownloadBody, type DownloadJob } from '../lib/downloads';
import { cachePath } from './build-cache';

/** Astro builds from the project folder; its bundled pages cannot point at this folder themselves. */
export const WORKER_FILE = path.resolve('src/node/download-worker.ts');
/** The site digest of the last build that asked for downloads (src/data/build-digest.ts). */
export const PREFETCH_DIGEST_FILE = path.join(cachePath('astro'), 'nedlastinger-digest.txt');
/** The address Astro gives each GET as `site` (astro.config.mjs), for keys made before any GET runs. */
export const astroSite = (): URL | undefined => (process.env.SITE_URL ? new URL(process.env.SITE_URL) : undefined);
/** Files a worker has at once: it models one while the thread pool zips the one before. */
const IN_FLIGHT = 3;

/** Worker threads: one core fewer than the machine has (Astro keeps one), at most 4; DOWNLOAD_WORKERS overrides, 0 turns it off. */
export function workerCount(setting: string | undefined, cores: number): number {
  const wanted = setting === undefined || setting === '' ? cores - 1 : Number(setting);
  return Number.isFinite(wanted) ? Math.max(0, Math.min(Math.floor(wanted), 4)) : 0;
}

type Job = () => Promise<DownloadJob> | DownloadJob;
interface Deferred { resolve: (body: DownloadBody) => void; reject: (error: Error) => void }
interface PoolWorker { worker: Worker; pending: Map<number, Deferred>; failed?: Error }
/** A file handed over, not yet started by a worker. */
interface Queued { key: string; job: Job }

interface PoolState {
  /** In the order Astro asks for them; workers take from the end. */
  queue: Queued[];
  /** Files a worker has started, by key. */
  started: Map<string, Promise<DownloadBody>>;
  /** Files not yet started, by key (the same objects as in the queue). */
  waiting: Map<string, Queued>;
  workers?: PoolWorker[];
  made: { ahead: number; here: number };
}
// On globalThis: Astro loads this module both in its config (which reports and stops the workers) and in the page bundle.
const KEY = Symbol.for('kommit.download-pool');
const globalState = globalThis as unknown as Record<symbol, PoolState | undefined>;
const state: PoolState = (globalState[KEY] ??= { queue: [], started: new Map(), waiting: new Map(), made: { ahead: 0, here: 0 } });
let nextId = 0;
let wanted: boolean | undefined;

/** Decided once per build; the digest is written so the next build with the same content does not make its downloads ahead. */
export function prefetchWanted(digest: string): boolean {
  if (wanted !== undefined) return wanted;
  wanted = false;
  if (!process.env.DOWNLOAD_PREFETCH || workerCount(process.env.DOWNLOAD_WORKERS, availableParallelism()) === 0 || !existsSync(WORKER_FILE)) return wanted;
  const last = existsSync(PREFETCH_DIGEST_FILE) ? readFileSync(PREFETCH_DIGEST_FILE, 'utf8') : undefined;
  wanted = last !== digest;
  mkdirSync(path.dirname(PREFETCH_DIGEST_FILE), { recursive: true });
  writeFileSync(PREFETCH_DIGEST_FILE, digest);
  return wanted;
}

function failAll(entry: PoolWorker, error: Error, quiet = false) {
  if (entry.failed) return;
  entry.failed = error;
  if (!quiet) console.warn(`[nedlastinger] arbeidstråden stoppet (${error.message}); filene lages på Astros tråd i stedet`);
  for (const deferred of entry.pending.values()) deferred.reject(error);
  entry.pending.clear();
  void entry.worker.terminate();
}

function startWorkers(count: number): PoolWorker[] {
  return Array.from({ length: count }, () => {
    const worker = new Worker(WORKER_FILE, { execArgv: ['--import', 'tsx'] });
    const entry: PoolWorker = { worker, pending: new Map() };
    worker.on('message', ({ id, body, error }: { id: number; body?: DownloadBody; error?: string }) => {
      const deferred = entry.pending.get(id);
      entry.pending.delete(id);
      if (error !== undefined) deferred?.reject(new Error(error));
      else deferred?.resolve(body!);
      feed(entry);
    });
    worker.on('error', (error) => failAll(entry, error));
    worker.on('exit', (code) => failAll(entry, new Error(`avsluttet med kode ${code}`)));
    return entry;
  });
}

/** Gives the worker files from the end of the queue until it has IN_FLIGHT of them. */
function feed(entry: PoolWorker) {
  while (!entry.failed && entry.pending.size < IN_FLIGHT) {
    const next = state.queue.pop();
    if (!next) break;
    if (state.waiting.get(next.key) !== next) continue; // Astro's thread took it
    state.waiting.delete(next.key);
    const id = nextId++;
    const made = new Promise<DownloadBody>((resolve, reject) => entry.pending.set(id, { resolve, reject }));
    // A failure is handled where the file is asked for (it is made again there).
    made.catch(() => undefined);
    state.started.set(next.key, made);
    Promise.resolve()
      .then(() => next.job())
      .then((job) => entry.worker.postMessage({ id, job }))
      .catch((error: unknown) => entry.pending.get(id)?.reject(error instanceof Error ? error : new Error(String(error))));
  }
  // An idle worker must not keep the build's process alive.
  if (entry.pending.size === 0) entry.worker.unref();
  else entry.worker.ref();
}

/**
 * Hands these files over, in the order Astro will ask for them. Each job is described only when
 * its file is started, so the list can be long.
 */
export function prefetchDownloads(entries: [key: string, job: Job][]): void {
  state.workers ??= startWorkers(workerCount(process.env.DOWNLOAD_WORKERS, availableParallelism()));
  for (const [key, job] of entries) {
    const queued: Queued = { key, job };
    state.queue.push(queued);
    state.waiting.set(key, queued);
  }
  for (const entry of state.workers) feed(entry);
}

/** The file for this key: taken from a worker that has started it, otherwise made here. */
export async function download(key: string, job: Job): Promise<DownloadBody> {
  // Not started by a worker: it is made here now (and the workers skip it).
  state.waiting.delete(key);
  const made = state.started.get(key);
  if (made) {
    state.started.delete(key);
    try {
      const body = await made;
      state.made.ahead++;
      return body;
    } catch {
      // Made again below: the same error, if it is one, then stops the build with its own stack.
    }
  }
  state.made.here++;
  return makeDownload(await job());
}

/** How many files were taken from a worker and how many made on this thread. */
export const downloadStats = () => ({ ...state.made });

/** Stops the workers (the build is done) and forgets what nobody asked for. */
export async function closeDownloadPool(): Promise<void> {
  const pool = state.workers ?? [];
  state.workers = undefined;
  state.queue = [];
  state.started.clear();
  state.waiting.clear();
  for (const entry of pool) failAll(entry, new Error('bygget er ferdig'), true);
  await Promise.all(pool.map((entry) => entry.worker.terminate()));
}
