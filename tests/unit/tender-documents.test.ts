/**
 * The evaluation model and the answer form. LibreOffice recalculates an evaluation model filled by
 * a test fixture (xlsx: scores written into the sheet XML with JSZip, not by our writer; ods: a
 * filled model) and must give the weighted quality scores, totals and ranking computed here.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import JSZip from 'jszip';
import { specRequirementSet } from '../../src/lib/export/spec-set';
import { evaluationLayout, evaluationWorkbook, responseFormDocument, responseFormWorkbook, tenderFile, AWARD_SHEET, EVALUATION_SHEET } from '../../src/lib/export/tender-documents';
import { renderOds, renderXlsx } from '../../src/lib/export/writers';
import type { Requirement } from '../../src/lib/schema';
import { CSV_ALL_SHEETS, hasJing, hasSoffice, jingErrors, readCsv, readPart, sofficeConvert, writeTemp } from '../office';

const req = (id: string, extra: Partial<Requirement>): Requirement => ({
  id, text: `Krav ${id}.`, type: 'evaluering', category: 'a', motive: 'Fordi.', verification: `Kontroll ${id}.`, guidance: `Svar ${id}.`, principles: [], standards: [], equivalentTo: [], buyerFields: [], ...extra,
});
const set = specRequirementSet({
  id: 'test',
  spec: {
    title: 'Testmal', version: '2.0.0', scope: 'Test.', ssaAppendix: 'Bilag 1 Kundens kravspesifikasjon', updated: '2026-12-01',
    categories: [{ id: 'a', title: 'Kategori A' }, { id: 'b', title: 'Kategori B' }],
    changelog: [{ version: '2.0.0', date: '2026-12-01', summary: 's', added: [], changed: [], removed: [] }],
  },
  requirements: [
    req('TM-A-001', { weight: 2 }),
    req('TM-A-002', { type: 'minimum' }),
    req('TM-A-003', { weight: 3 }),
    req('TM-B-001', { weight: 5, category: 'b' }),
  ],
  titles: {},
});

const weights = [2, 3, 5];
const scores = [
  [10, 5, 0, 8, 6],
  [4, 5, 10, 8, 6],
  [7, 5, 10, 8, 6],
];
const prices = [1_000_000, 800_000, 1_600_000, 1_000_000, 900_000];
const qualityWeight = 0.7;

// Expected, computed independently of the model.
const round2 = (x: number) => Math.round(x * 100) / 100;
const quality = [0, 1, 2, 3, 4].map((s) => round2(weights.reduce((a, w, i) => a + w * scores[i]![s]!, 0) / 10));
const priceScore = prices.map((p) => round2((10 * Math.min(...prices)) / p));
const total = quality.map((q, s) => round2(qualityWeight * q + (1 - qualityWeight) * priceScore[s]!));
const rank = (xs: number[]) => xs.map((x) => 1 + xs.filter((y) => y > x).length);

describe('evaluation model', () => {
  it('lists only the bør-krav with their weights, one input column per supplier', () => {
    const book = evaluationWorkbook(set);
    const sheet = book.sheets[0]!;
    expect(sheet.name).toBe(EVALUATION_SHEET);
    expect(sheet.rows.slice(1, 4).map((r) => [r[0], r[3]])).toEqual([['TM-A-001', 2], ['TM-A-003', 3], ['TM-B-001', 5]]);
    expect(sheet.rows[0]!.slice(4)).toEqual(['Leverandør 1 (0–10)', 'Leverandør 2 (0–10)', 'Leverandør 3 (0–10)', 'Leverandør 4 (0–10)', 'Leverandør 5 (0–10)']);
    const about = JSON.stringify(book.sheets[2]!.rows);
    expect(about).toContain('Poengskala');
    expect(about).toContain('Kategori B');
    // The price/quality weighting is an empty input the buyer sets, not a fixed number.
    expect(book.sheets[1]!.rows[2]![1]).toEqual({ value: null, style: 'input', format: 'percent' });
  });

  it.runIf(hasSoffice())('LibreOffice recalculates a filled model to the expected weighted scores and ranking (xlsx and ods)', async () => {
    const L = evaluationLayout(set);
    // xlsx: write the fixture into the sheet XML with JSZip (not our writer).
    const zip = await JSZip.loadAsync(await renderXlsx(evaluationWorkbook(set)));
    const put = (xml: string, ref: string, value: number) => {
      const re = new RegExp(`<c r="${ref}"( s="\\d+")?/>`);
      expect(xml, ref).toMatch(re);
      return xml.replace(re, `<c r="${ref}"$1><v>${value}</v></c>`);
    };
    let s1 = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    scores.forEach((row, i) => row.forEach((v, s) => (s1 = put(s1, `${String.fromCharCode(69 + s)}${L.firstRow + i}`, v))));
    let s2 = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    s2 = put(s2, L.qualityWeight, qualityWeight);
    prices.forEach((p, s) => (s2 = put(s2, `${L.awardColumn(s)}${L.priceRow}`, p)));
    zip.file('xl/worksheets/sheet1.xml', s1);
    zip.file('xl/worksheets/sheet2.xml', s2);
    const xlsx = await zip.generateAsync({ type: 'uint8array' });
    const ods = await renderOds(evaluationWorkbook(set, { scores, prices, qualityWeight }));
    const out = sofficeConvert(writeTemp([{ name: 'eval-x.xlsx', bytes: xlsx }, { name: 'eval-o.ods', bytes: ods }]), CSV_ALL_SHEETS);
    for (const base of ['eval-x', 'eval-o']) {
      const ev = readCsv(path.join(out, `${base}-${EVALUATION_SHEET}.csv`));
      const num = (row: number, from: number) => ev[row - 1]!.slice(from, from + 5).map(Number);
      expect(num(L.scoreRow, 4), `${base} quality`).toEqual(quality);
      expect(num(L.rankRow, 4), `${base} quality rank`).toEqual(rank(quality));
      const award = readCsv(path.join(out, `${base}-${AWARD_SHEET}.csv`));
      const arow = (row: number) => award[row - 1]!.slice(1, 6).map((v) => Number(v.replace(/[^\d.,-]/g, '').replace(',', '.')));
      expect(arow(L.priceRow + 1), `${base} price score`).toEqual(priceScore);
      expect(arow(L.totalRow), `${base} total`).toEqual(total);
      expect(arow(L.totalRankRow), `${base} rank`).toEqual(rank(total));
    }
  });
});

describe('answer form', () => {
  it('has one answer block per requirement with guidance, verification and the three answer fields', () => {
    const doc = responseFormDocument(set);
    const tables = doc.blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(4);
    const text = JSON.stringify(doc.blocks);
    for (const id of ['TM-A-001', 'TM-A-002', 'TM-A-003', 'TM-B-001']) {
      expect(text).toContain(`Svar ${id}.`);
      expect(text).toContain(`Kontroll ${id}.`);
    }
    expect(text).toContain('Leverandørens beskrivelse');
    expect(text).toContain('Henvisning til dokumentasjon');
    expect(responseFormWorkbook(set).sheets[0]!.rows).toHaveLength(5);
  });

  it('renders every tender file; ODF parts are valid', async () => {
    const odt = await tenderFile('svarskjema', 'odt', set);
    const ods = await tenderFile('evalueringsmodell', 'ods', set);
    expect((await readPart(odt, 'content.xml')).xml).toContain('TM-B-001');
    expect((await readPart(await tenderFile('svarskjema', 'docx', set), 'word/document.xml')).xml).toContain('TM-B-001');
    expect((await readPart(await tenderFile('evalueringsmodell', 'xlsx', set), 'xl/workbook.xml')).xml).toContain('fullCalcOnLoad="1"');
    if (hasJing()) expect(await jingErrors([{ name: 'a.odt', bytes: odt }, { name: 'b.ods', bytes: ods }])).toBe('');
  });
});
