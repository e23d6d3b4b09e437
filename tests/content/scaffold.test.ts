/**
 * `npm run new` for every type: the new file passes the check as it is, and the item appears in
 * the built site. Bad input writes nothing and exits 1.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const work = mkdtempSync(path.join(tmpdir(), 'scaffold-'));
const root = path.join(work, 'content');
cpSync(path.resolve('tests/site-fixture'), root, { recursive: true });
const env = { ...process.env, CONTENT_ROOT: root, DIST_DIR: path.join(work, 'dist'), BUILD_CACHE_DIR: path.join(work, 'cache') };
const npm = (...args: string[]) => {
  const r = spawnSync('npm', ['run', '--silent', ...args], { env, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
};
const fileCount = () => readdirSync(root, { recursive: true }).length;

const TYPES = [
  ['principle', 'principles/test-av-ny-side.mdx', 'prinsipper'],
  ['journey', 'journeys/test-av-ny-side.mdx', 'brukerreiser'],
  ['process', 'processes/test-av-ny-side.mdx', 'prosesser'],
  ['spec', 'specs/test-av-ny-side/index.mdx', 'kravspesifikasjoner'],
  ['standard', 'standards/test-av-ny-side.mdx', 'standarder'],
  ['guide', 'guides/test-av-ny-side.mdx', 'veiledning'],
] as const;

describe('npm run new', () => {
  it('makes a short, valid file name from a 300-character title', () => {
    const title = `Søknad om ${'svært lang tittel '.repeat(18)}for kommunen`.slice(0, 300);
    expect(title.length).toBe(300);
    const result = npm('new', '--', 'guide', title);
    expect(result.status, result.output).toBe(0);
    const made = /Laget (\S+)/.exec(result.output)?.[1];
    expect(made, result.output).toBeDefined();
    const name = path.basename(made!, '.mdx');
    expect(name.length).toBeLessThanOrEqual(60);
    expect(name).toMatch(/^soknad-om-svaert-lang-tittel(-[a-z]+)*$/);
    const check = npm('check');
    expect(check.status, check.output).toBe(0);
    rmSync(path.resolve(made!));
  });

  it('creates a valid item of every type that is published by the build', () => {
    for (const [type, file] of TYPES) {
      const result = npm('new', '--', type, 'Test av ny side');
      expect(result.status, result.output).toBe(0);
      expect(existsSync(path.join(root, file)), file).toBe(true);
    }
    const check = npm('check');
    expect(check.status, check.output).toBe(0);
    const build = npm('build');
    expect(build.status, build.output).toBe(0);
    for (const [, , route] of TYPES) {
      expect(existsSync(path.join(env.DIST_DIR, route, 'test-av-ny-side', 'index.html')), route).toBe(true);
    }
  }, 240_000);

  it('folds Norwegian letters in the file name', () => {
    const result = npm('new', '--', 'journey', 'Søknad om barnehageplass');
    expect(result.status, result.output).toBe(0);
    expect(existsSync(path.join(root, 'journeys/soknad-om-barnehageplass.mdx'))).toBe(true);
  });

  it.each([
    ['an unknown type', ['new', '--', 'oppskrift', 'Noe'], 'Gyldige typer: principle, journey, process, spec, standard, guide'],
    ['a title without letters', ['new', '--', 'guide', ' – !? '], 'minst én bokstav'],
    ['a file that exists', ['new', '--', 'guide', 'Testveiledning'], 'finnes allerede'],
  ])('refuses %s, says why and writes nothing', (_name, args, message) => {
    const before = fileCount();
    const result = npm(...args);
    expect(result.status).toBe(1);
    expect(result.output).toContain(message);
    expect(result.output).not.toMatch(/\n\s+at /);
    expect(fileCount()).toBe(before);
  });
});
