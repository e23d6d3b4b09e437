/** Older template versions come from git history (the CI checkout has the full history). */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { specHistory } from '../../src/node/spec-history';

const fullHistory = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).trim() === 'false';
  } catch {
    return false;
  }
})();

describe.runIf(fullHistory)('spec history from git', () => {
  it('finds the published 1.1.0 of sak-og-arkiv with its requirements and categories', () => {
    const history = specHistory('content/specs/sak-og-arkiv');
    const v = history.get('1.1.0');
    expect(v, 'version 1.1.0 is in the history').toBeDefined();
    expect(v!.requirements.find((r) => r.id === 'SA-A-005')?.text).toMatch(/tekstgjenkjenning/);
    expect(v!.requirements.every((r) => Array.isArray(r.buyerFields))).toBe(true);
    expect(v!.categories?.map((c) => c.id)).toContain('integrasjon');
  });
  it('gives an empty history outside git', () => {
    expect(specHistory('/tmp').size).toBe(0);
  });
});
