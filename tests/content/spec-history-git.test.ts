/**
 * Published versions are immutable, compared with git as CI does (CHECK_BASE_REF): editing a
 * published requirement without a version bump is refused; bumping with a changelog entry passes.
 */
import { describe, expect, it, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCheck } from '../../scripts/check';
import { isError } from '../../src/lib/source-file';

/** Errors only: the fixture template may also get a warning (its skal share), which does not stop a build. */
const errors = async (root: string) => (await runCheck(root)).filter(isError);
import { closeRenderer } from '../../src/node/mermaid';

const repo = mkdtempSync(path.join(tmpdir(), 'history-'));
const root = path.join(repo, 'content');
cpSync(path.resolve('tests/content-fixtures/published-version-requirement-added/_previous'), root, { recursive: true });
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: repo, encoding: 'utf8' });
git('init', '-q');
git('add', '.');
git('commit', '-qm', 'published 1.0.0');

const reqFile = path.join(root, 'specs/testmal/requirements.yaml');
const indexFile = path.join(root, 'specs/testmal/index.mdx');
const published = { reqs: readFileSync(reqFile, 'utf8'), index: readFileSync(indexFile, 'utf8') };

describe('published versions against git', () => {
  afterAll(() => closeRenderer());

  it('the published state itself passes', async () => {
    expect(await errors(root)).toEqual([]);
  });

  it('a changed requirement text without a new version is refused, with file, line and field', async () => {
    writeFileSync(reqFile, published.reqs.replace('testes automatisk', 'testes manuelt'));
    process.env.CHECK_BASE_REF = 'HEAD';
    const problems = await errors(root);
    delete process.env.CHECK_BASE_REF;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'requirements[0].text', line: 3 });
    expect(problems[0]!.file).toMatch(/specs\/testmal\/requirements\.yaml$/);
    expect(problems[0]!.message).toContain('øk versjonen');
  });

  it('the same change with a higher version and a changelog entry passes', async () => {
    writeFileSync(reqFile, published.reqs.replace('testes automatisk', 'testes manuelt'));
    writeFileSync(indexFile, published.index.replace('version: 1.0.0', 'version: 1.1.0').replace('changelog:\n', 'changelog:\n  - version: 1.1.0\n    date: 2024-02-01\n    summary: Presiserte kravet.\n    changed: [TM-F-001]\n'));
    expect(await errors(root)).toEqual([]);
  });

  it('a weight or type change inside the published version is refused as well', async () => {
    writeFileSync(indexFile, published.index);
    writeFileSync(reqFile, published.reqs.replace('type: minimum', 'type: info'));
    const problems = await errors(root);
    expect(problems.map((p) => p.field)).toEqual(['requirements[0].type']);
  });
});
