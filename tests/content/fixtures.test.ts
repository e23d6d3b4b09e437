/**
 * Every folder in tests/content-fixtures is a small content root with one deliberate mistake and
 * an expected.json naming the file and field the contributor must be told about.
 */
import { describe, expect, it, afterAll } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runCheck } from '../../scripts/check';
import { closeRenderer } from '../../src/node/mermaid';

const fixtures = path.resolve(import.meta.dirname, '../content-fixtures');
const cases = readdirSync(fixtures, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

interface Expected {
  file: string;
  field: string;
  note: string;
  /** The line the contributor is sent to, where the case names one. */
  line?: number;
  /** When set: no file outside this list may get a problem (one mistake, one message). */
  onlyProblemsIn?: string[];
  /** A warning is printed but does not stop the build; the default is an error. */
  severity?: 'warning';
}

describe('content check reports each broken fixture with file and field', () => {
  afterAll(() => closeRenderer());
  it('has at least 25 broken cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });
  for (const name of cases) {
    it(name, async () => {
      const root = path.join(fixtures, name);
      const expected = JSON.parse(readFileSync(path.join(root, 'expected.json'), 'utf8')) as Expected;
      const problems = await runCheck(root);
      expect(problems.length, 'the check must find a problem').toBeGreaterThan(0);
      const candidates = problems.filter((p) => p.file.endsWith(expected.file) && p.field === expected.field && (p.severity ?? 'error') === (expected.severity ?? 'error'));
      const match = candidates.find((p) => p.message.includes(expected.note)) ?? candidates[0];
      expect(match, `expected a problem in ${expected.file} field ${expected.field}; got:\n${problems.map((p) => `${p.file}:${p.line} ${p.field} — ${p.message}`).join('\n')}`).toBeDefined();
      expect(match!.message).toContain(expected.note);
      expect(match!.line).toBeGreaterThan(0);
      if (expected.line !== undefined) expect(match!.line, 'line').toBe(expected.line);
      if (expected.onlyProblemsIn) {
        expect(problems.filter((p) => !expected.onlyProblemsIn!.some((f) => p.file.endsWith(f))), 'follow-on problems in other files').toEqual([]);
      }
      for (const p of problems) expect(p.message).not.toMatch(/\n\s+at |TypeError|ReferenceError|file:\/\/|node_modules/);
    });
  }
});
