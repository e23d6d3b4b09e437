/**
 * The tools (issue 10): every download listed, present, readable by readers we did not write,
 * valid ODF, opened by LibreOffice; the gevinstanalyse recalculated by LibreOffice equals the
 * library function and the build-time worked example; the calculator on the byggesøknad page
 * works with the keyboard; guides and hubs link to tools that exist.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, globSync, writeFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { XMLParser } from 'fast-xml-parser';
import { checkContent } from '../../src/lib/check';
import { readContentFiles } from '../../scripts/content-files';
import { benefitBase } from '../../src/node/benefit-base';
import { services } from '../../src/lib/service';
import { computeBenefit, summarise, formatNumber, type BenefitInputs, type BenefitSummary } from '../../src/lib/benefit';
import { serviceInputs } from '../../src/lib/tools/inputs';
import { SUMMARY_ROWS } from '../../src/lib/tools/gevinstanalyse';
import type { Journey, Process } from '../../src/lib/schema';
import { jingErrors, readCsv, sofficeConvert } from '../office';
import { expectNoAxeViolations, visit } from './helpers';

interface ToolEntry { service: string; tool: string; format: string; url: string }
const api = JSON.parse(readFileSync('dist/api/verktoy.json', 'utf8')) as ToolEntry[];
const dist = (url: string) => path.join('dist', decodeURI(url));
const TOOLS = ['gevinstanalyse', 'gevinstrealiseringsplan', 'prosjektplan', 'beslutningsgrunnlag'];

const { items } = checkContent(readContentFiles());
const of = <T>(c: string) => items.filter((i) => i.collection === c).map((i) => ({ id: i.id, data: i.data as unknown as T }));
const byggesoknad = services(of<Journey>('journeys'), of<Process>('processes')).find((s) => s.id === 'byggesoknad')!;
const defaults = serviceInputs(byggesoknad, benefitBase()).inputs;
const expected = (inputs: BenefitInputs): BenefitSummary => summarise(computeBenefit(inputs));
const file = (tool: string, format: string, service = 'byggesoknad') => api.find((e) => e.service === service && e.tool === tool && e.format === format)!.url;

/** The Sammendrag sheet (first sheet) as LibreOffice computed it: one number per summary row. */
function recalculated(paths: string[]): Record<string, number>[] {
  const out = sofficeConvert(paths, 'csv');
  return paths.map((p) => {
    const rows = readCsv(path.join(out, `${path.basename(p, path.extname(p))}.csv`));
    expect(rows[0]).toEqual(['Resultat', 'Verdi', 'Enhet']);
    return Object.fromEntries(SUMMARY_ROWS.map((r, i) => [r.key, Number(rows[i + 1]![1])]));
  });
}

test('verktoy.json lists at least 6 services × 8 files, every file exists, and /verktoy/ links every one', async ({ page }) => {
  const perService = new Map<string, ToolEntry[]>();
  for (const e of api) perService.set(e.service, [...(perService.get(e.service) ?? []), e]);
  expect(perService.size).toBeGreaterThanOrEqual(6);
  for (const [service, entries] of perService) {
    expect(entries.map((e) => `${e.tool}.${e.format}`).sort(), service).toEqual(
      ['beslutningsgrunnlag.docx', 'beslutningsgrunnlag.odt', 'gevinstanalyse.ods', 'gevinstanalyse.xlsx', 'gevinstrealiseringsplan.ods', 'gevinstrealiseringsplan.xlsx', 'prosjektplan.docx', 'prosjektplan.odt'],
    );
    for (const e of entries) {
      expect(e.url).toMatch(new RegExp(`^/verktoy/${service}/${service}-${e.tool}-\\d{4}-\\d{2}-\\d{2}\\.${e.format}$`));
      expect(existsSync(dist(e.url)), e.url).toBe(true);
    }
  }
  await visit(page, '/verktoy/');
  const links = await page.locator('a[data-tool]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links.sort()).toEqual(api.map((e) => e.url).sort());
  for (const tool of TOOLS) await expect(page.locator(`#${tool}`)).toBeVisible();
  await expectNoAxeViolations(page);
  const response = await page.request.get(file('gevinstanalyse', 'xlsx'));
  expect(response.status()).toBe(200);
});

test('LibreOffice recalculates the byggesøknad gevinstanalyse (xlsx and ods) to what benefit.ts and the worked example give', async () => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'gevinst-'));
  const xlsx = path.join(dir, 'analyse-xlsx.xlsx');
  const ods = path.join(dir, 'analyse-ods.ods');
  writeFileSync(xlsx, readFileSync(dist(file('gevinstanalyse', 'xlsx'))));
  writeFileSync(ods, readFileSync(dist(file('gevinstanalyse', 'ods'))));
  const [fromXlsx, fromOds] = recalculated([xlsx, ods]);
  const library = expected(defaults);
  expect(library.totalSaved).toBeGreaterThan(0);
  expect(fromXlsx).toEqual(library);
  expect(fromOds).toEqual(library);
  // The worked example on the journey page, computed at build time, says the same.
  const html = readFileSync('dist/brukerreiser/byggesoknad/index.html', 'utf8');
  const example = (key: string) => html.match(new RegExp(`data-example="${key}"[^>]*>([^<]+)<`))![1]!.trim();
  expect(example('totalSaved')).toBe(`${formatNumber(library.totalSaved)} kr`);
  expect(example('hoursSaved')).toBe(`${formatNumber(library.hoursSaved, 1)} timer`);
});

test('changing one input in the workbook (xlsx and ods, edited with JSZip) changes the recalculated summary', async () => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'gevinst-endret-'));
  const cases = defaults.cases * 3;

  const xlsxZip = await JSZip.loadAsync(readFileSync(dist(file('gevinstanalyse', 'xlsx'))));
  const workbook = await xlsxZip.file('xl/workbook.xml')!.async('string');
  const rels = await xlsxZip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const rid = workbook.match(/<sheet [^>]*name="Inndata"[^>]*r:id="([^"]+)"/)![1]!;
  const target = rels.match(new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`))?.[1] ?? rels.match(new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`))![1]!;
  const sheetPath = `xl/${target.replace(/^\/?xl\//, '')}`;
  const sheet = await xlsxZip.file(sheetPath)!.async('string');
  const edited = sheet.replace(/(<c r="B2"[^>]*>\s*<v>)([^<]+)(<\/v>)/, (_, a, v, b) => {
    expect(Number(v)).toBe(defaults.cases);
    return `${a}${cases}${b}`;
  });
  expect(edited).not.toBe(sheet);
  xlsxZip.file(sheetPath, edited);
  const xlsx = path.join(dir, 'endret-xlsx.xlsx');
  writeFileSync(xlsx, await xlsxZip.generateAsync({ type: 'uint8array' }));

  const odsZip = await JSZip.loadAsync(readFileSync(dist(file('gevinstanalyse', 'ods'))));
  const content = await odsZip.file('content.xml')!.async('string');
  const start = content.indexOf('table:name="Inndata"');
  expect(start).toBeGreaterThan(0);
  const first = content.indexOf(`office:value="${defaults.cases}"`, start);
  const cellEnd = content.indexOf('</table:table-cell>', first);
  const cell = content.slice(first, cellEnd).replace(`office:value="${defaults.cases}"`, `office:value="${cases}"`).replace(/<text:p>[^<]*<\/text:p>/, `<text:p>${cases}</text:p>`);
  odsZip.file('content.xml', content.slice(0, first) + cell + content.slice(cellEnd));
  const ods = path.join(dir, 'endret-ods.ods');
  writeFileSync(ods, await odsZip.generateAsync({ type: 'uint8array' }));

  const [fromXlsx, fromOds] = recalculated([xlsx, ods]);
  const changed = expected({ ...defaults, cases });
  expect(changed.totalSaved).not.toBe(expected(defaults).totalSaved);
  expect(fromXlsx).toEqual(changed);
  expect(fromOds).toEqual(changed);
});

test('every download reads back with JSZip and fast-xml-parser, and carries its service', async () => {
  const parser = new XMLParser({ ignoreAttributes: false });
  const titles = new Map(items.filter((i) => i.collection === 'journeys' || i.collection === 'processes').map((i) => [i.id, String(i.data.title)]));
  for (const e of api) {
    const zip = await JSZip.loadAsync(readFileSync(dist(e.url)));
    const parts =
      e.format === 'xlsx' ? Object.keys(zip.files).filter((f) => /^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(f))
      : e.format === 'docx' ? ['word/document.xml']
      : ['content.xml'];
    let text = '';
    for (const part of parts) {
      const xml = await zip.file(part)!.async('string');
      expect(() => parser.parse(xml), `${e.url} ${part}`).not.toThrow();
      text += xml;
    }
    if (e.format === 'ods' || e.format === 'odt') expect(await zip.file('mimetype')!.async('string')).toBe(e.format === 'ods' ? 'application/vnd.oasis.opendocument.spreadsheet' : 'application/vnd.oasis.opendocument.text');
    expect(text, e.url).toContain(titles.get(e.service)!.replace(/&/g, '&amp;'));
    expect(text, e.url).not.toMatch(/NaN|Infinity|undefined|example\.no/);
  }
});

test('every ODF download validates with jing against the OASIS ODF 1.3 schema', async () => {
  test.setTimeout(180_000);
  const odf = api.filter((e) => e.format === 'ods' || e.format === 'odt');
  expect(odf.length).toBeGreaterThanOrEqual(24);
  expect(await jingErrors(odf.map((e) => ({ name: path.basename(e.url), bytes: readFileSync(dist(e.url)) })))).toBe('');
});

test('LibreOffice converts every download without error', async () => {
  test.setTimeout(540_000);
  for (const [formats, filter, ext] of [[['xlsx', 'ods'], 'csv', '.csv'], [['docx', 'odt'], 'txt:Text', '.txt']] as const) {
    for (const format of formats) {
      const files = api.filter((e) => e.format === format).map((e) => path.resolve(dist(e.url)));
      const out = sofficeConvert(files, filter);
      const made = readdirSync(out).filter((f) => f.endsWith(ext));
      expect(made.length, `${format} → ${ext}`).toBe(files.length);
      for (const f of made) expect(readFileSync(path.join(out, f), 'utf8').length, f).toBeGreaterThan(100);
    }
  }
});

test('the beslutningsgrunnlag is at most two pages for every service (LibreOffice PDF)', () => {
  test.setTimeout(240_000);
  const files = api.filter((e) => e.tool === 'beslutningsgrunnlag' && e.format === 'docx').map((e) => path.resolve(dist(e.url)));
  const out = sofficeConvert(files, 'pdf');
  for (const f of files) {
    const pdf = readFileSync(path.join(out, `${path.basename(f, '.docx')}.pdf`), 'latin1');
    const pages = Number(pdf.match(/\/Type\s*\/Pages[^>]*\/Count\s+(\d+)/)?.[1] ?? pdf.match(/\/Count\s+(\d+)[^>]*\/Type\s*\/Pages/)?.[1]);
    expect(pages, f).toBeGreaterThanOrEqual(1);
    expect(pages, f).toBeLessThanOrEqual(2);
  }
});

test('the byggesøknad calculator works with the keyboard alone, equals the library, and shows messages next to the field', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
  const { errors } = await visit(page, '/brukerreiser/byggesoknad/');
  const form = page.locator('[data-calculator-form]');
  await expect(form).toBeVisible();
  expect(scripts).toHaveLength(1);
  const result = (key: string) => form.locator(`[data-result="${key}"]`);
  await expect(result('totalSaved')).toHaveText(`${formatNumber(expected(defaults).totalSaved)} kr`);

  // Reach the first field with Tab only.
  for (let i = 0; i < 400; i++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === 'gk-cases') break;
    await page.keyboard.press('Tab');
  }
  await expect(page.locator('#gk-cases')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('250');
  await expect(result('totalSaved')).toHaveText(`${formatNumber(expected({ ...defaults, cases: 250 }).totalSaved)} kr`);
  await expect(result('hoursSaved')).toHaveText(`${formatNumber(expected({ ...defaults, cases: 250 }).hoursSaved, 1)} timer`);

  // Next field: something that is not a number.
  await page.keyboard.press('Tab');
  await expect(page.locator('#gk-minutesToday')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('mye');
  const field = page.locator('#gk-minutesToday');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAttribute('aria-describedby', /gk-minutesToday-feil/);
  await expect(page.locator('#gk-minutesToday-feil')).toHaveText(/«mye» er ikke et tall/);
  await expect(result('totalSaved')).toHaveText('–');
  await expect(form).not.toContainText(/NaN|Infinity/);
  await expectNoAxeViolations(page);

  // Shares that do not sum to 100 %.
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(String(defaults.minutesToday));
  await page.locator('#gk-sharesToday-digital').fill(String(defaults.sharesToday.digital + 10));
  await expect(page.locator('#gk-sharesToday-feil')).toHaveText(/må til sammen bli 100 %/);
  await expect(page.locator('#gk-sharesToday-digital')).toHaveAttribute('aria-describedby', /gk-sharesToday-feil/);
  await page.locator('#gk-sharesToday-digital').fill(String(defaults.sharesToday.digital));
  await expect(page.locator('#gk-sharesToday-feil')).toBeHidden();
  await expect(result('totalSaved')).toHaveText(`${formatNumber(expected({ ...defaults, cases: 250 }).totalSaved)} kr`);
  await expect(page.locator('#gk-minutesToday')).not.toHaveAttribute('aria-invalid', 'true');
  expect(errors).toEqual([]);
});

test('without JavaScript the calculator page shows the method, the defaults and a worked example', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/verktoy/gevinstkalkulator/');
  await expect(page.locator('[data-calculator-form]')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Slik regner kalkulatoren' })).toBeVisible();
  await expect(page.locator('[data-example="totalSaved"]')).toHaveText(`${formatNumber(expected(defaults).totalSaved)} kr`);
  await expect(page.locator('.calculator details')).toContainText('Devoteam da Vinci');
  await expect(page.locator('.calculator details')).toContainText('Eksempelverdi');
  await context.close();
  const withJs = await browser.newContext();
  const js = await withJs.newPage();
  await visit(js, '/verktoy/gevinstkalkulator/');
  await expectNoAxeViolations(js);
  await js.selectOption('#gk-tjeneste', 'e-handel-og-fakturabehandling');
  await expect(js.locator('[data-workbook="xlsx"]')).toHaveAttribute('href', file('gevinstanalyse', 'xlsx', 'e-handel-og-fakturabehandling'));
  await withJs.close();
});

test('guides and hubs: every link to a tool resolves, and no page promises a template that is not in verktoy.json', () => {
  const pages = ['dist/index.html', 'dist/verktoy/index.html', ...globSync('dist/fase/*/index.html'), ...globSync('dist/veiledning/**/index.html')];
  const verktoyHtml = readFileSync('dist/verktoy/index.html', 'utf8');
  const tools = new Set(api.map((e) => e.tool));
  const promises: [RegExp, string][] = [
    [/gevinstanalyse|gevinstkartlegging|gevinstmal/i, 'gevinstanalyse'],
    [/gevinstrealiseringsplan|plan for gevinstrealisering|gevinsthåndtering/i, 'gevinstrealiseringsplan'],
    [/prosjektplan|prosjektstyring/i, 'prosjektplan'],
    [/beslutningsgrunnlag/i, 'beslutningsgrunnlag'],
  ];
  let checked = 0;
  for (const p of pages) {
    const html = readFileSync(p, 'utf8');
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    const hrefs = [...main.matchAll(/href="(\/verktoy\/[^"]*)"/g)].map((m) => m[1]!);
    for (const href of hrefs) {
      const [pathPart, anchor] = href.split('#') as [string, string | undefined];
      const target = pathPart.endsWith('/') ? `dist${pathPart}index.html` : dist(pathPart);
      expect(existsSync(target), `${p}: ${href}`).toBe(true);
      if (anchor) {
        expect(verktoyHtml, `${p}: #${anchor}`).toContain(`id="${anchor}"`);
        expect(tools.has(anchor), `${p}: ${anchor} is a tool in verktoy.json`).toBe(true);
      }
      checked++;
    }
    const text = main.replace(/<[^>]+>/g, ' ');
    expect(text, p).not.toMatch(/Ferdige skjemaer du kan fylle ut|gevinstmalene/i);
    for (const [term, tool] of promises) {
      if (!term.test(text)) continue;
      expect(tools.has(tool)).toBe(true);
      const linked = hrefs.some((h) => h === '/verktoy/' || h.includes(`#${tool}`) || h.includes(`-${tool}-`));
      expect(linked, `${p} mentions ${term} but links to no ${tool}`).toBe(true);
    }
  }
  expect(checked).toBeGreaterThan(10);
});
