/** A broken content file stops both `npm run check` and `npm run build`, and no dist/ is left. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const fixtures = path.resolve(import.meta.dirname, '../content-fixtures');

function run(script: 'check' | 'build', fixture: string, dist: string) {
  const result = spawnSync('npm', ['run', '--silent', script], {
    env: { ...process.env, CONTENT_ROOT: path.join(fixtures, fixture), DIST_DIR: dist },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe.each([
  ['dangling-reference', 'principles/testprinsipp.mdx', 'relatedPrinciples[0]'],
  ['duplicate-id', 'principles/b.mdx', 'id'],
  ['missing-required-field', 'principles/testprinsipp.mdx', 'statement'],
  ['requirement-uses-retired-standard', 'specs/testmal/requirements.yaml', 'requirements[0].standards[0]'],
])('%s', (fixture, file, field) => {
  it('npm run check exits 1 naming file, line and field', () => {
    const { status, output } = run('check', fixture, mkdtempSync(path.join(tmpdir(), 'dist-')));
    expect(status).toBe(1);
    expect(output).toMatch(new RegExp(`${file.replace(/[.[\]]/g, '\\$&')}:\\d+ ${field.replace(/[.[\]]/g, '\\$&')} — `));
    expect(output).not.toMatch(/\n\s+at /);
  });
  it('npm run build exits non-zero and leaves no dist/ behind', () => {
    const dist = path.join(mkdtempSync(path.join(tmpdir(), 'dist-')), 'dist');
    mkdirSync(dist);
    writeFileSync(path.join(dist, 'index.html'), 'an old build');
    const { status, output } = run('build', fixture, dist);
    expect(status).not.toBe(0);
    expect(output).toContain(file);
    expect(output).toContain(field);
    // Astro ran alongside the check: its output (and any stack trace) is dropped, its folders removed.
    expect(output).not.toMatch(/\n\s+at /);
    expect(existsSync(dist)).toBe(false);
    expect(readdirSync(path.dirname(dist))).toEqual([]);
  });
});
