/**
 * `npm run build`: check the content first, then build the site. A failed check or build leaves
 * no `dist/` behind, so an old build can never pass for a fresh one.
 */
import { rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { runCheck, formatProblems } from './check';
import { projectRoot } from './content-files';
import { buildSearchIndex } from './search-index';
import { renderStats } from '../src/node/mermaid';

const dist = path.resolve(projectRoot, process.env.DIST_DIR ?? 'dist');
rmSync(dist, { recursive: true, force: true });

const problems = await runCheck();
// The check draws the Mermaid diagrams written in MDX (to test their syntax); the build then reads them from the cache.
const checked = renderStats();
console.log(`[diagrams] rendered ${checked.rendered}, from cache ${checked.cached}, browser launched: ${checked.browserLaunched ? 'yes' : 'no'}, render time ${Math.round(checked.renderMs)} ms (innholdskontrollen)`);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error('\nBygget stoppet: rett problemene over og prøv igjen. Ingen dist/ ble laget.');
  process.exit(1);
}

const step = (label: string, command: string, args: string[]) => {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    rmSync(dist, { recursive: true, force: true });
    console.error(`\nBygget stoppet under «${label}». Ingen dist/ ble laget.`);
    process.exit(result.status ?? 1);
  }
  console.log(`[build] ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
};

step('astro build', process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build']);

const indexed = Date.now();
try {
  const counts = await buildSearchIndex(dist);
  console.log(`[build] søkeindeks (Pagefind): ${counts.pages} sider og ${counts.requirements} krav, ${((Date.now() - indexed) / 1000).toFixed(1)} s`);
} catch (error) {
  rmSync(dist, { recursive: true, force: true });
  console.error(`Bygget stoppet under søkeindekseringen: ${(error as Error).message}. Ingen dist/ ble laget.`);
  process.exit(1);
}
