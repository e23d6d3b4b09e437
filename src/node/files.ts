/** Every file under a folder (or the file itself), as sorted absolute paths; none when it does not exist. */
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';

export function listFiles(start: string): string[] {
  if (!existsSync(start)) return [];
  if (!lstatSync(start).isDirectory()) return [start];
  return readdirSync(start, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}
