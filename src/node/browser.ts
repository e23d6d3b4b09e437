/**
 * Finds a usable Chromium in one place for the build (diagrams) and the tests: an environment
 * variable, the system's Chromium, or Playwright's own download — and installs one if none exists.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { chromium, type Browser } from 'playwright-core';

const require = createRequire(import.meta.url);

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Flags for a closed network: without the background-networking ones Chromium keeps dialling out. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** A CHROMIUM_PATH that does not lead to a program is an error, never silently replaced by another browser. */
function chromiumFromEnv(): { path?: string; problem?: string } {
  const name = process.env.CHROMIUM_PATH ? 'CHROMIUM_PATH' : process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH ? 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH' : undefined;
  if (!name) return {};
  const value = process.env[name]!;
  try {
    accessSync(value, constants.X_OK);
    if (!statSync(value).isFile()) throw new Error('not a file');
    return { path: value };
  } catch {
    return { problem: `${name} er satt til «${value}», men der finnes ingen Chromium som kan kjøres. Rett stien, eller fjern variabelen for å bruke /usr/bin/chromium.` };
  }
}

export function findChromium(): string | undefined {
  const fromEnv = chromiumFromEnv();
  if (fromEnv.problem) return undefined;
  if (fromEnv.path) return fromEnv.path;
  const system = SYSTEM_PATHS.find((p) => existsSync(p));
  if (system) return system;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own installed.
  }
  return undefined;
}

const NO_CHROMIUM = 'Fant ingen Chromium, og kunne ikke installere en. Installer Chromium (Debian: apt-get install chromium) eller sett CHROMIUM_PATH til Chromium-programmet.';

/** Why no browser can be used, in one sentence — or undefined when one can (installing one if needed). */
export function chromiumProblem(): string | undefined {
  const fromEnv = chromiumFromEnv();
  if (fromEnv.problem) return fromEnv.problem;
  try {
    ensureChromium();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Returns a Chromium path, installing a browser first when the machine has none. */
export function ensureChromium(): string {
  const fromEnv = chromiumFromEnv();
  if (fromEnv.problem) throw new Error(fromEnv.problem);
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  try {
    if (isRoot && existsSync('/usr/bin/apt-get')) {
      console.log('[browser] Fant ingen Chromium; installerer Debian-pakken chromium …');
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit' });
    } else {
      console.log('[browser] Fant ingen Chromium; installerer Playwrights Chromium …');
      // playwright-core's package.json exports ./cli only in some versions; find the file itself.
      const cli = path.join(path.dirname(require.resolve('playwright-core/package.json')), 'cli.js');
      execFileSync(process.execPath, [cli, 'install', 'chromium'], { stdio: 'inherit' });
    }
  } catch {
    throw new Error(NO_CHROMIUM);
  }
  const installed = findChromium();
  if (!installed) throw new Error(NO_CHROMIUM);
  return installed;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
}
