/**
 * One build at a time per checkout: two builds share Astro's content data store
 * (node_modules/.astro) and would corrupt each other. The lock file holds the builder's pid; a lock
 * whose process is gone (killed, machine restarted) is stale and is taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

export interface BuildLock { file: string; release: () => void }

export const LOCK_NAME = '.build.lock';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireBuildLock(root: string): BuildLock | { refused: string } {
  const file = path.join(root, LOCK_NAME);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, started: new Date().toISOString() }));
      closeSync(fd);
      let released = false;
      return {
        file,
        release: () => {
          if (released) return;
          released = true;
          try {
            if ((JSON.parse(readFileSync(file, 'utf8')) as { pid?: number }).pid === process.pid) rmSync(file, { force: true });
          } catch {
            // Already gone.
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder: { pid?: number; started?: string } = {};
      try {
        holder = JSON.parse(readFileSync(file, 'utf8')) as typeof holder;
      } catch {
        // Half-written or empty lock: treat as stale below.
      }
      if (holder.pid && holder.pid !== process.pid && isRunning(holder.pid)) {
        const since = holder.started ? ` siden ${holder.started.slice(11, 19)} UTC` : '';
        return {
          refused: `Et annet bygg kjører allerede i denne mappen (prosess ${holder.pid}${since}). Vent til det er ferdig og prøv igjen. Kjører det ikke, kan du slette ${LOCK_NAME}.`,
        };
      }
      rmSync(file, { force: true }); // stale: its builder is gone
    }
  }
  return { refused: `Fikk ikke låst bygget (${LOCK_NAME}); prøv igjen.` };
}
