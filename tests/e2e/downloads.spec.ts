/**
 * Every template download is read back with a reader other than the one that wrote it (JSZip and
 * plain XML/CSV parsing), must contain every active requirement id, must hold no formula-like cell,
 * and must open in LibreOffice.
 */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';

interface ApiSpec { id: string; version: string; url: string; requirementCount: number; skalCount: number; skalShare: number; downloads: Record<string, string> }
const specs = JSON.parse(readFileSync('dist/api/kravspesifikasjoner.json', 'utf8')) as ApiSpec[];
const file = (url: string) => path.join('dist', url);
const FORMULA_START = /^[=+\-@\t\r]/;

const activeIds = (spec: ApiSpec) => {
  const json = JSON.parse(readFileSync(file(spec.downloads.json!), 'utf8')) as { requirements: { id: string; removedIn?: string }[] };
  return json.requirements.filter((r) => !r.removedIn).map((r) => r.id);
};

const unescapeXml = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

test('the API lists at least 5 templates and 150 requirements, and every download exists', () => {
  expect(specs.length).toBeGreaterThanOrEqual(5);
  expect(specs.reduce((n, s) => n + s.requirementCount, 0)).toBeGreaterThanOrEqual(150);
  for (const spec of specs) {
    expect(Object.keys(spec.downloads).sort()).toEqual(['csv', 'docx', 'json', 'ods', 'odt', 'xlsx']);
    for (const [format, url] of Object.entries(spec.downloads)) {
      expect(url).toBe(`${spec.url}${spec.id}-v${spec.version}.${format}`);
      expect(existsSync(file(url)), url).toBe(true);
    }
  }
});

for (const spec of specs) {
  test(`${spec.id}: every format holds every requirement id and no formula cell`, async () => {
    const ids = activeIds(spec);
    expect(ids.length).toBe(spec.requirementCount);
    expect(spec.skalCount).toBeGreaterThan(0);
    expect(spec.skalShare).toBeCloseTo(spec.skalCount / spec.requirementCount, 3);
    expect(spec.skalShare).toBeLessThanOrEqual(0.4);

    const csv = readFileSync(file(spec.downloads.csv!), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const csvRows = csv.slice(1).split('\r\n').filter(Boolean);
    expect(csvRows[0]!.split(';')[0]).toBe('Id');
    const csvCells = csvRows.flatMap((row) => row.split(';').map((c) => c.replace(/^"|"$/g, '')));
    for (const id of ids) expect(csvRows.some((r) => r.startsWith(`${id};`)), `csv has ${id}`).toBe(true);
    expect(csvCells.filter((c) => FORMULA_START.test(c))).toEqual([]);

    const xlsx = await JSZip.loadAsync(readFileSync(file(spec.downloads.xlsx!)));
    const shared = [...(await xlsx.file('xl/sharedStrings.xml')!.async('string')).matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => unescapeXml(m[1]!));
    const sheet = await xlsx.file('xl/worksheets/sheet1.xml')!.async('string');
    for (const id of ids) expect(shared, `xlsx has ${id}`).toContain(id);
    expect(shared.filter((c) => FORMULA_START.test(c))).toEqual([]);
    expect(sheet).toContain('state="frozen"');
    expect(sheet).toContain('<autoFilter');
    expect(sheet).toMatch(/<dataValidation[^>]*type="list"/);
    expect(sheet).toContain('Oppfylt,Delvis oppfylt,Ikke oppfylt');

    const ods = await JSZip.loadAsync(readFileSync(file(spec.downloads.ods!)));
    expect(await ods.file('mimetype')!.async('string')).toBe('application/vnd.oasis.opendocument.spreadsheet');
    const odsCells = [...(await ods.file('content.xml')!.async('string')).matchAll(/<text:p>([^<]*)<\/text:p>/g)].map((m) => unescapeXml(m[1]!));
    for (const id of ids) expect(odsCells, `ods has ${id}`).toContain(id);
    expect(odsCells.filter((c) => FORMULA_START.test(c))).toEqual([]);

    const docx = await JSZip.loadAsync(readFileSync(file(spec.downloads.docx!)));
    const docText = (await docx.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' ');
    for (const id of ids) expect(docText, `docx has ${id}`).toContain(id);
    expect(docText).toContain(`Versjon ${spec.version}`);

    const odt = await JSZip.loadAsync(readFileSync(file(spec.downloads.odt!)));
    const odtText = (await odt.file('content.xml')!.async('string')).replace(/<[^>]+>/g, ' ');
    for (const id of ids) expect(odtText, `odt has ${id}`).toContain(id);
  });
}

test('LibreOffice opens every docx, odt, xlsx and ods without error', () => {
  test.skip(!existsSync('/usr/bin/soffice') && !existsSync('/usr/bin/libreoffice'), 'LibreOffice is not installed (.ci/run installs it)');
  test.setTimeout(600_000);
  const files = specs.flatMap((s) => ['docx', 'odt', 'xlsx', 'ods'].map((f) => path.resolve(file(s.downloads[f]!))));
  const out = mkdtempSync(path.join(tmpdir(), 'lo-'));
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${out}/profile`, '--convert-to', 'pdf', '--outdir', out, ...files], { stdio: 'pipe', timeout: 540_000 });
  const pdfs = readdirSync(out).filter((f) => f.endsWith('.pdf'));
  const expected = files.map((f) => path.basename(f).replace(/\.[^.]+$/, '.pdf'));
  // docx and odt of one spec share a base name, so count distinct names.
  expect(new Set(pdfs)).toEqual(new Set(expected));
});
