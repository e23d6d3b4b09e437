/**
 * `npm test`: unit and content tests, a full build, then end-to-end tests in Chromium.
 * Ends with one plain line `N passed, N failed` that CI reads.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync } from 'node:fs';

let passed = 0;
let failed = 0;
mkdirSync('test-results', { recursive: true });

const run = (label: string, command: string, args: string[]) => {
  console.log(`\n=== ${label} ===`);
  return spawnSync(command, args, { stdio: 'inherit', env: process.env }).status ?? 1;
};

// 1. Unit tests of src/lib and the content fixtures.
const unitStatus = run('Enhetstester og innholdskontroll (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json']);
if (existsSync('test-results/unit.json')) {
  const report = JSON.parse(readFileSync('test-results/unit.json', 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}
if (unitStatus !== 0 && failed === 0) failed++;

// 2. Strict TypeScript over pages, components, lib, scripts and tests.
if (run('Typekontroll (astro check)', 'npm', ['run', 'typecheck']) === 0) passed++;
else failed++;

// 3. The real site, built as `npm start` builds it.
const buildStatus = run('Bygg (npm run build)', 'npm', ['run', 'build']);
if (buildStatus === 0) passed++;
else failed++;

// 4. Every HTML file in dist/ through the W3C Nu checker (one test; errors as file:line:column).
if (buildStatus === 0) {
  if (run('HTML-validering (vnu)', 'npm', ['run', 'validate:html']) === 0) passed++;
  else failed++;
}

// 5. End-to-end in Chromium against the built site.
if (buildStatus === 0) {
  const e2eStatus = run('Ende-til-ende i Chromium (Playwright)', 'npx', ['playwright', 'test']);
  if (existsSync('test-results/e2e-summary.json')) {
    const summary = JSON.parse(readFileSync('test-results/e2e-summary.json', 'utf8')) as { passed: number; failed: number };
    passed += summary.passed;
    failed += summary.failed;
  }
  if (e2eStatus !== 0 && failed === 0) failed++;
} else {
  console.log('Ende-til-ende-testene ble ikke kjørt fordi bygget feilet.');
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
