/**
 * `npm run validate:html`: the W3C Nu checker (vnu-jar, on Java) over every HTML file in dist/.
 * Prints each error as `file:line:column: message` and exits 1 when there is any.
 */
import { spawnSync } from 'node:child_process';
import { globSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { formatVnuProblems, vnuProblems } from '../src/lib/vnu-report';

const require = createRequire(import.meta.url);
const jar = String(require('vnu-jar'));
const dist = path.resolve(process.argv[2] ?? 'dist');
const files = globSync('**/*.html', { cwd: dist }).map((f) => path.join(dist, f)).sort();
if (files.length === 0) {
  console.error(`Fant ingen HTML-filer i ${dist}; kjør npm run build først.`);
  process.exit(1);
}
const result = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (result.error) {
  console.error(`Kunne ikke starte Java (${result.error.message}). Installer Debian-pakken default-jre-headless.`);
  process.exit(1);
}
const problems = vnuProblems(result.stderr || '{"messages":[]}', dist);
if (problems.length > 0) {
  console.error(formatVnuProblems(problems));
  console.error(`\nvnu: ${problems.length} feil i ${new Set(problems.map((p) => p.file)).size} av ${files.length} HTML-filer.`);
  process.exit(1);
}
console.log(`vnu: ingen feil i ${files.length} HTML-filer.`);
