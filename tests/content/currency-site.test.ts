/**
 * A small site built from a fixture git repository:
 * - readers see Norwegian change notes, never commit messages: one commit has an English subject,
 *   one an `Endring:` trailer, and /endringer/ and endringer.xml are read back;
 * - a retired standard shows what replaced it, a verified one shows version, owner and «Sist kontrollert».
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contentHistory } from '../../src/node/git';
import { recentChanges } from '../../src/lib/changes';

const ENGLISH_SUBJECT = 'Add test principle and tweak frontmatter';
const SECOND_SUBJECT = 'Fix typo in standard purpose field';
const NOTE = 'Standarden har fått en klarere beskrivelse av hva den brukes til.';

const work = mkdtempSync(path.join(tmpdir(), 'change-notes-'));
const repo = path.join(work, 'content');
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });

for (const file of ['principles/testprinsipp.mdx', 'standards/teststandard.mdx']) {
  mkdirSync(path.join(repo, path.dirname(file)), { recursive: true });
  copyFileSync(path.resolve('tests/site-fixture', file), path.join(repo, file));
}
const standard = (id: string, fields: string) => `---
id: ${id}
title: Standard ${id}
summary: En standard som bare finnes i denne testen.
kind: standard
sectors: [tverrgaende]
phases: [anskaffe]
updated: 2024-01-15
owner: Digitaliseringsdirektoratet
purpose: Brukes bare for å teste sidene.
appliesTo: [Test]
statusInSources: Ikke omtalt.
${fields}
sources:
  - {title: eKommune 2012 – Lokal digital agenda (revidert utgave), publisher: KS, year: 2010}
---

Tekst.
`;
const verified = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
writeFileSync(path.join(repo, 'standards/ny-standard.mdx'), standard('ny-standard', `status: gjeldende\nversion: '2.1'\nownerUrl: https://www.digdir.no/\nlastVerified: ${verified}`));
writeFileSync(path.join(repo, 'standards/gammel-standard.mdx'), standard('gammel-standard', 'status: utgatt\nsupersededBy: {id: ny-standard}'));
git('init', '-q');
git('add', 'principles');
git('commit', '-q', '-m', ENGLISH_SUBJECT);
git('add', 'standards');
git('commit', '-q', '-m', SECOND_SUBJECT, '-m', 'Longer English body text for developers.', '-m', `Endring: ${NOTE}`);
writeFileSync(path.join(repo, 'principles/testprinsipp.mdx'), readFileSync(path.join(repo, 'principles/testprinsipp.mdx'), 'utf8').replace('Brødtekst.', 'Brødtekst, litt endret.'));
git('commit', '-q', '-a', '-m', 'chore: reword body');

describe('change notes', () => {
  it('git history carries the Endring: trailer and not the subject', () => {
    const history = contentHistory(repo);
    expect(history).toHaveLength(3);
    expect(history.map((c) => c.notes)).toEqual([[], [NOTE], []]);
    expect(JSON.stringify(history)).not.toContain(ENGLISH_SUBJECT);
    const items = new Map([[path.join(repo, 'principles/testprinsipp.mdx'), { title: 'Testprinsipp', url: '/prinsipper/testprinsipp/', type: 'Prinsipp' }]]);
    expect(recentChanges(history, items).map((c) => c.note)).toEqual(['Redaksjonell oppdatering', 'Redaksjonell oppdatering']);
  });

  it('the built /endringer/ and endringer.xml show the note and never an English subject', () => {
    const dist = path.join(work, 'dist');
    const r = spawnSync('npm', ['run', '--silent', 'build'], {
      env: { ...process.env, CONTENT_ROOT: repo, DIST_DIR: dist, BUILD_CACHE_DIR: path.join(work, 'cache') },
      encoding: 'utf8',
    });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    for (const file of ['endringer/index.html', 'endringer.xml']) {
      const out = readFileSync(path.join(dist, file), 'utf8');
      expect(out, file).toContain(NOTE);
      expect(out, file).toContain('Redaksjonell oppdatering');
      for (const english of [ENGLISH_SUBJECT, SECOND_SUBJECT, 'Longer English body', 'chore: reword body']) expect(out, file).not.toContain(english);
    }
    const page = readFileSync(path.join(dist, 'endringer/index.html'), 'utf8');
    expect(page).toMatch(/Redaksjonell oppdatering<\/p>\s*<ul[^>]*><li>Prinsipp: <a[^>]*href="\/prinsipper\/testprinsipp\/"/);

    const retired = readFileSync(path.join(dist, 'standarder/gammel-standard/index.html'), 'utf8');
    expect(retired).toMatch(/data-currency-notice[\s\S]*?bygger på kilder fra 2010\.\s+Ingen har kontrollert[^<]*endret seg\.\s+Dette er utgått og erstattet av <a class="ds-link" href="\/standarder\/ny-standard\/">Standard ny-standard<\/a>/);
    expect(retired).toMatch(/Kunnskapsgrunnlag: 2010<\/p>[\s\S]*?Erstattet av: <a class="ds-link" href="\/standarder\/ny-standard\/">/);
    const current = readFileSync(path.join(dist, 'standarder/ny-standard/index.html'), 'utf8');
    expect(current, 'verified within five years: no notice').not.toContain('data-currency-notice');
    expect(current).toContain(`Sist kontrollert: <time datetime="${verified}">`);
    expect(current).toMatch(/<dt>Forvalter<\/dt><dd><a class="ds-link" href="https:\/\/www\.digdir\.no\/">Digitaliseringsdirektoratet<\/a><\/dd><dt>Versjon<\/dt><dd>2\.1<\/dd>/);
    const status = readFileSync(path.join(dist, 'status/standarder/utgatt/index.html'), 'utf8');
    expect([...status.matchAll(/data-status-row="([^"]+)"/g)].map((m) => m[1])).toEqual(['standards/gammel-standard']);
    expect(status).toMatch(/<td>Utgått<\/td><td>2010<span class="status-stale"> \(eldre enn 5 år\)<\/span><\/td><td>Ikke kontrollert<\/td><td><a class="ds-link" href="\/standarder\/ny-standard\/">/);
  }, 180_000);
});
