/**
 * A worker thread that makes downloads for src/node/download-pool.ts, which decides how many it
 * has at once: each job is answered with the file's bytes, or with the error.
 */
import { parentPort } from 'node:worker_threads';
import './zip';
import { makeDownload, type DownloadJob } from '../lib/downloads';

const port = parentPort!;

port.on('message', ({ id, job }: { id: number; job: DownloadJob }) => {
  makeDownload(job).then(
    (body) => port.postMessage({ id, body }),
    (error: unknown) => port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
