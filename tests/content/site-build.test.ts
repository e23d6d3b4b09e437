/**
 * Builds a tiny site (tests/site-fixture: one item of every type) twice with an empty diagram
 * cache: the first build draws the diagrams in Chromium, the second draws none and starts no browser.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';

const work = mkdtempSync(path.join(tmpdir(), 'site-fixture-'));
const env = {
  ...process.env,
  CONTENT_ROOT: path.resolve('tests/site-fixture'),
  DIST_DIR: path.join(work, 'dist'),
  BUILD_CACHE_DIR: path.join(work, 'cache'),
};
const build = () => {
  const r = spawnSync('npm', ['run', '--silent', 'build'], { env, encoding: 'utf8' });
  return { status: r.status, log: `${r.stdout}\n${r.stderr}` };
};

describe('diagram cache', () => {
  it('first build renders diagrams in a browser, a rebuild with no diagram change starts none', async () => {
    const first = build();
    expect(first.status, first.log).toBe(0);
    // Each phase (content check, Astro build) prints its own line; the figures are summed.
    const stats = (log: string) => [...log.matchAll(/\[diagrams\] rendered (\d+), from cache (\d+), browser launched: (yes|no)/g)].map((m) => ({ rendered: Number(m[1]), cached: Number(m[2]), launched: m[3] === 'yes' }));
    const firstStats = stats(first.log);
    expect(firstStats.length, first.log).toBeGreaterThan(0);
    expect(firstStats.reduce((n, s) => n + s.rendered, 0)).toBeGreaterThan(0);
    expect(firstStats.some((s) => s.launched)).toBe(true);
    const second = build();
    expect(second.status, second.log).toBe(0);
    const secondStats = stats(second.log);
    expect(secondStats.length, second.log).toBeGreaterThan(0);
    expect(secondStats.reduce((n, s) => n + s.rendered, 0)).toBe(0);
    // Unchanged pages are copied from the last build (tests/content/incremental-build.test.ts), so they
    // may not even read the cached diagrams; what matters is that nothing is drawn and no browser starts.
    expect(secondStats.some((s) => s.launched)).toBe(false);
    for (const page of ['prinsipper/testprinsipp', 'standarder/teststandard', 'brukerreiser/testreise', 'prosesser/testprosess', 'kravspesifikasjoner/testmal', 'veiledning/testveiledning', 'strategi/teststrategi']) {
      expect(existsSync(path.join(env.DIST_DIR, page, 'index.html')), page).toBe(true);
    }
    // Labels with quotes, brackets, markup and Mermaid keywords are escaped, not executed or broken.
    const tricky = readFileSync(path.join(env.DIST_DIR, 'prosesser/vanskelige-etiketter/index.html'), 'utf8');
    expect(tricky).not.toContain('<script>alert(1)</script>');
    expect(tricky).toContain('Start &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(tricky).toMatch(/<figure class="diagram"[\s\S]*?<svg[^>]*role="img"/);
    const mmd = readFileSync(path.join(env.DIST_DIR, 'prosesser/vanskelige-etiketter/vanskelige-etiketter-fremtidig.mmd'), 'utf8');
    expect(mmd).not.toMatch(/<script>/);
    const journey = readFileSync(path.join(env.DIST_DIR, 'brukerreiser/testreise/index.html'), 'utf8');
    expect(journey).not.toContain('<b>ja</b>');
    expect(journey).toMatch(/<figure class="diagram"[\s\S]*?<svg/);
    // A requirement written to look like formulas (=, -, +, @) reaches the spreadsheets as plain text.
    const csv = readFileSync(path.join(env.DIST_DIR, 'kravspesifikasjoner/testmal/testmal-v1.0.0.csv'), 'utf8');
    const cells = csv.slice(1).split('\r\n').filter(Boolean).flatMap((row) => row.split(';').map((c) => c.replace(/^"/, '')));
    expect(cells.some((c) => c.startsWith("'=HYPERLINK"))).toBe(true);
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    // xlsx and ods have typed cells: the text is stored exactly as written, as a text cell, never as a formula.
    for (const [file, entry, sheet] of [['testmal-v1.0.0.xlsx', 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml'], ['testmal-v1.0.0.ods', 'content.xml', 'content.xml']] as const) {
      const zip = await JSZip.loadAsync(readFileSync(path.join(env.DIST_DIR, 'kravspesifikasjoner/testmal', file)));
      const texts = [...(await zip.file(entry)!.async('string')).matchAll(/<(?:t|text:p)(?:\s[^>]*)?>([^<]*)(?=<)/g)].map((m) => m[1]!.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
      expect(texts.some((t) => t.startsWith('=HYPERLINK')), file).toBe(true);
      expect(texts.some((t) => t.startsWith("'=")), file).toBe(false);
      expect(await zip.file(sheet)!.async('string'), file).not.toMatch(/<f>|table:formula=/);
    }
    const guide = readFileSync(path.join(env.DIST_DIR, 'veiledning/testveiledning/index.html'), 'utf8');
    expect(guide).toMatch(/<figure class="diagram"[\s\S]*<figcaption[^>]*>Et lite diagram<\/figcaption>[\s\S]*<svg/);
    // Generous: a guard against a hang, not a speed check (the test machine is shared and often loaded).
  }, 600_000);
});
