/**
 * Every template download is read back with readers other than the one that wrote it (JSZip,
 * fast-xml-parser, plain CSV parsing, jing, LibreOffice): it holds every active requirement id,
 * text cells are text (never formulas), and the layout a supplier relies on is there.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { XMLParser } from 'fast-xml-parser';
import { hasJing, hasSoffice, jingErrors, outputs, sofficeConvert } from '../office';

interface ApiSpec {
  id: string;
  version: string;
  url: string;
  requirementCount: number;
  downloads: Record<string, string>;
  tenderDocuments: Record<'evalueringsmodell' | 'svarskjema', Record<string, string>>;
  changelog: { version: string }[];
}
interface JsonReq { id: string; text: string; verification: string; removedIn?: string }
const specs = JSON.parse(readFileSync('dist/api/kravspesifikasjoner.json', 'utf8')) as ApiSpec[];
const file = (url: string) => path.join('dist', url);
const FORMULA_START = /^[=+\-@\t\r]/;

const activeRequirements = (spec: ApiSpec) =>
  (JSON.parse(readFileSync(file(spec.downloads.json!), 'utf8')) as { requirements: JsonReq[] }).requirements.filter((r) => !r.removedIn);

const unescapeXml = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const part = async (url: string, name: string) => (await JSZip.loadAsync(readFileSync(file(url)))).file(name)!.async('string');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const asList = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

test('the API lists at least 5 templates and 150 requirements, and every download exists', () => {
  expect(specs.length).toBeGreaterThanOrEqual(5);
  expect(specs.reduce((n, s) => n + s.requirementCount, 0)).toBeGreaterThanOrEqual(150);
  for (const spec of specs) {
    expect(Object.keys(spec.downloads).sort()).toEqual(['csv', 'docx', 'json', 'ods', 'odt', 'xlsx']);
    for (const [format, url] of Object.entries(spec.downloads)) {
      expect(url).toBe(`${spec.url}${spec.id}-v${spec.version}.${format}`);
      expect(existsSync(file(url)), url).toBe(true);
    }
    // Every version in the changelog stays downloadable, in all six formats.
    for (const { version } of spec.changelog) {
      for (const format of Object.keys(spec.downloads)) expect(existsSync(file(`${spec.url}${spec.id}-v${version}.${format}`)), `${spec.id} ${version} ${format}`).toBe(true);
    }
    expect(Object.keys(spec.tenderDocuments.evalueringsmodell).sort()).toEqual(['ods', 'xlsx']);
    expect(Object.keys(spec.tenderDocuments.svarskjema).sort()).toEqual(['docx', 'odt', 'xlsx']);
    for (const [kind, urls] of Object.entries(spec.tenderDocuments)) {
      for (const [format, url] of Object.entries(urls)) {
        expect(url).toBe(`${spec.url}${spec.id}-${kind}-v${spec.version}.${format}`);
        expect(existsSync(file(url)), url).toBe(true);
      }
    }
  }
});

const tenderFiles = (ext: string) => specs.flatMap((s) => Object.values(s.tenderDocuments).flatMap((urls) => (urls[ext] ? [urls[ext]!] : [])));

test('every xlsx prints landscape, fit to width, with the header rows repeated; formulas recalc on open', async () => {
  for (const url of [...specs.map((s) => s.downloads.xlsx!), ...tenderFiles('xlsx')]) {
    const sheet = parser.parse(await part(url, 'xl/worksheets/sheet1.xml')).worksheet;
    expect(sheet.pageSetup['@orientation'], url).toBe('landscape');
    expect(sheet.pageSetup['@fitToWidth'], url).toBe('1');
    expect(sheet.sheetPr.pageSetUpPr['@fitToPage'], url).toBe('1');
    const workbook = await part(url, 'xl/workbook.xml');
    expect(workbook, url).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="0">[^<]+!\$1:\$1<\/definedName>/);
    expect(workbook, url).toContain('fullCalcOnLoad="1"');
  }
});

test('every svarskjema docx has nb-NO, page numbers, repeated header rows, widths that fill the text width', async () => {
  for (const spec of specs) {
    const url = spec.tenderDocuments.svarskjema.docx!;
    expect(await part(url, 'word/styles.xml')).toContain('<w:lang w:val="nb-NO"');
    expect(await part(url, 'word/footer1.xml')).toMatch(/<w:instrText[^>]*> PAGE <\/w:instrText>/);
    const doc = await part(url, 'word/document.xml');
    expect(doc).toContain('<w:tblHeader/>');
    const tree = parser.parse(doc)['w:document']['w:body'];
    const textWidth = Number(tree['w:sectPr']['w:pgSz']['@w:w']) - Number(tree['w:sectPr']['w:pgMar']['@w:left']) - Number(tree['w:sectPr']['w:pgMar']['@w:right']);
    for (const t of asList(tree['w:tbl']) as { 'w:tblGrid': { 'w:gridCol': { '@w:w': string }[] } }[]) {
      const widths = asList(t['w:tblGrid']['w:gridCol']).map((c) => Number(c['@w:w']));
      expect(widths.reduce((a, b) => a + b, 0)).toBe(textWidth);
      expect(new Set(widths).size).toBe(widths.length);
    }
    const docText = unescapeXml([...doc.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
    for (const r of activeRequirements(spec)) expect(docText, `svarskjema has ${r.id}`).toContain(r.verification);
  }
});

for (const spec of specs) {
  test(`${spec.id}: every format holds every requirement, text stays text, layout for suppliers`, async () => {
    const reqs = activeRequirements(spec);
    const ids = reqs.map((r) => r.id);
    expect(ids.length).toBe(spec.requirementCount);

    // CSV: BOM, semicolons, one row per requirement, formula-like text neutralised.
    const csv = readFileSync(file(spec.downloads.csv!), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const csvRows = csv.slice(1).split('\r\n').filter(Boolean);
    expect(csvRows[0]!.split(';')[0]).toBe('Id');
    for (const id of ids) expect(csvRows.some((r) => r.startsWith(`${id};`)), `csv has ${id}`).toBe(true);
    expect(csvRows.flatMap((row) => row.split(';').map((c) => c.replace(/^"|"$/g, ''))).filter((c) => FORMULA_START.test(c))).toEqual([]);

    // XLSX: the requirement column holds shared-string text cells equal to the requirement text.
    const shared = [...(await part(spec.downloads.xlsx!, 'xl/sharedStrings.xml')).matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => unescapeXml(m[1]!));
    const sheetXml = await part(spec.downloads.xlsx!, 'xl/worksheets/sheet1.xml');
    const sheet = parser.parse(sheetXml).worksheet;
    const cells = asList(sheet.sheetData.row).map((row: { c: unknown }) => asList(row.c as { '@r': string; '@t'?: string; v?: unknown; f?: unknown }[]));
    const header = cells[0]!.map((c) => shared[Number(c.v)]);
    const kravCol = header.indexOf('Krav');
    expect(kravCol).toBeGreaterThan(0);
    for (const [i, r] of reqs.entries()) {
      const cell = cells[i + 1]!.find((c) => c['@r'] === `${String.fromCharCode(65 + kravCol)}${i + 2}`)!;
      expect(cell['@t'], `${r.id} is a text cell`).toBe('s');
      expect(cell.f, `${r.id} has no formula`).toBeUndefined();
      expect(shared[Number(cell.v)]).toBe(r.text);
    }
    expect(sheetXml).toContain('state="frozen"');
    expect(sheetXml).toContain('<autoFilter');
    expect(sheetXml).toMatch(/<dataValidation[^>]*type="list"/);
    expect(sheetXml).toContain('Oppfylt,Delvis oppfylt,Ikke oppfylt');
    expect(sheet.pageSetup['@orientation']).toBe('landscape');
    expect(sheet.pageSetup['@fitToWidth']).toBe('1');
    expect(sheet.sheetPr.pageSetUpPr['@fitToPage']).toBe('1');
    const workbook = await part(spec.downloads.xlsx!, 'xl/workbook.xml');
    expect(workbook).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="0">Kravmatrise!$1:$1</definedName>');
    expect(workbook).toContain('<sheet name="Om malen"');

    // ODS: string cells equal to the requirement text, column widths, wrap, filter range, frozen header.
    const ods = await JSZip.loadAsync(readFileSync(file(spec.downloads.ods!)));
    expect(await ods.file('mimetype')!.async('string')).toBe('application/vnd.oasis.opendocument.spreadsheet');
    const content = await ods.file('content.xml')!.async('string');
    for (const r of reqs) expect(content, `ods has ${r.id} as text`).toContain(`office:value-type="string"><text:p>${r.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')}</text:p>`);
    expect(content).not.toMatch(/<text:p>[=+@]/);
    expect(content).toMatch(/style:column-width="(?:[1-9]\d*|0)\.\d+cm"/);
    expect(new Set([...content.matchAll(/style:column-width="([^"]+)"/g)].map((m) => m[1])).size).toBeGreaterThan(3);
    expect(content).toContain('fo:wrap-option="wrap"');
    expect(content).toMatch(/<table:database-range [^>]*table:target-range-address="'Kravmatrise'\.A1:'Kravmatrise'\.[A-Z]+\d+" table:display-filter-buttons="true"/);
    expect(content).toContain('table:name="Om malen"');
    expect(content).toContain('<table:table-header-rows>');
    expect(await ods.file('settings.xml')!.async('string')).toContain('<config:config-item config:name="VerticalSplitMode" config:type="short">2</config:config-item>');
    expect(await ods.file('styles.xml')!.async('string')).toContain('style:print-orientation="landscape"');

    // DOCX: language, header, page-number footer, repeated header rows, widths, verification text.
    const doc = await part(spec.downloads.docx!, 'word/document.xml');
    const docText = unescapeXml([...doc.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
    for (const r of reqs) {
      expect(docText, `docx has ${r.id}`).toContain(r.id);
      expect(docText, `docx has the verification of ${r.id}`).toContain(r.verification);
    }
    expect(docText).toContain(`Versjon ${spec.version}`);
    expect(await part(spec.downloads.docx!, 'word/styles.xml')).toContain('<w:lang w:val="nb-NO"');
    expect(await part(spec.downloads.docx!, 'word/header1.xml')).toContain(`versjon ${spec.version}`);
    expect(await part(spec.downloads.docx!, 'word/footer1.xml')).toMatch(/<w:instrText[^>]*> PAGE <\/w:instrText>/);
    expect(doc).toContain('<w:tblHeader/>');
    const tree = parser.parse(doc)['w:document']['w:body'];
    const sect = tree['w:sectPr'];
    const textWidth = Number(sect['w:pgSz']['@w:w']) - Number(sect['w:pgMar']['@w:left']) - Number(sect['w:pgMar']['@w:right']);
    const tables = asList(tree['w:tbl']) as { 'w:tblGrid': { 'w:gridCol': { '@w:w': string }[] } }[];
    const answerTables = tables.filter((t) => asList(t['w:tblGrid']['w:gridCol']).length === 7);
    expect(answerTables.length).toBeGreaterThan(0);
    for (const t of answerTables) {
      const widths = t['w:tblGrid']['w:gridCol'].map((c) => Number(c['@w:w']));
      expect(widths.reduce((a, b) => a + b, 0)).toBe(textWidth);
      expect(new Set(widths).size).toBe(widths.length);
      expect(widths[1]).toBeGreaterThan(widths[0]! * 3);
    }

    // ODT: every id, bordered cells, repeated header rows.
    const odt = await part(spec.downloads.odt!, 'content.xml');
    const odtText = unescapeXml(odt.replace(/<[^>]+>/g, ' '));
    for (const r of reqs) expect(odtText, `odt has ${r.id}`).toContain(r.id);
    expect(odt).toContain('<table:table-header-rows>');
    expect(odt).toMatch(/style:family="table-cell"><style:table-cell-properties fo:border="[^"]+"/);
  });
}

test('every ODF part of every odt and ods validates against the ODF 1.3 schemas', async () => {
  test.skip(!hasJing(), 'jing is not installed');
  test.setTimeout(300_000);
  const urls = specs.flatMap((s) => [
    ...s.changelog.flatMap(({ version }) => ['odt', 'ods'].map((f) => `${s.url}${s.id}-v${version}.${f}`)),
    ...Object.values(s.tenderDocuments).flatMap((u) => [u.odt, u.ods].filter((x): x is string => !!x)),
  ]);
  const files = urls.map((u) => ({ name: path.basename(u), bytes: readFileSync(file(u)) }));
  expect(await jingErrors(files)).toBe('');
});

test('LibreOffice converts every docx, odt, xlsx and ods without error', () => {
  test.skip(!hasSoffice(), 'LibreOffice is not installed (.ci/run installs it)');
  test.setTimeout(600_000);
  const files = [...specs.flatMap((s) => ['docx', 'odt', 'xlsx', 'ods'].map((f) => s.downloads[f]!)), ...['docx', 'odt', 'xlsx', 'ods'].flatMap(tenderFiles)].map((u) => path.resolve(file(u)));
  const out = sofficeConvert(files, 'pdf');
  const expected = files.map((f) => path.basename(f).replace(/\.[^.]+$/, '.pdf'));
  // docx and odt of one template share a base name, so compare distinct names.
  expect(new Set(outputs(out, '.pdf'))).toEqual(new Set(expected));
});
