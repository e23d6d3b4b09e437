/**
 * The four format writers, read back by readers we did not write: JSZip + fast-xml-parser for the
 * parts, jing for every ODF part, LibreOffice for conversion and formula recalculation.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { renderDocx, renderOdt, renderOds, renderXlsx, toOpenFormula } from '../../src/lib/export/writers';
import { scaleWidths, stripInvalidXml } from '../../src/lib/export/writers/xml';
import { docxTextWidth } from '../../src/lib/export/writers/docx';
import type { DocumentModel, WorkbookModel } from '../../src/lib/export/model';
import { CSV_ALL_SHEETS, hasJing, hasSoffice, jingErrors, readCsv, readPart, sofficeConvert, writeTemp } from '../office';

const doc: DocumentModel = {
  title: 'Testmal & co',
  subtitle: 'Bilag 1 Kundens kravspesifikasjon',
  header: 'Testmal – versjon 1.0.0',
  footer: 'KommIT verktøykasse',
  language: 'nb-NO',
  description: 'En testmal',
  blocks: [
    { kind: 'fields', fields: [{ label: 'Kommune', hint: 'Fyll inn' }, { label: 'Saksnummer', value: '24/123' }] },
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, text: 'Slik bruker du dokumentet' },
    { kind: 'paragraph', content: [{ text: 'Les ' }, { text: 'veiledningen', href: 'https://example.org/x?a=1&b=2' }, { text: ' først.', bold: true }] },
    { kind: 'paragraph', content: 'Kontroll\u0001tegn fjernes', style: 'note' },
    { kind: 'list', ordered: true, items: ['Første', 'Andre'] },
    { kind: 'list', items: ['Punkt'] },
    { kind: 'heading', level: 2, text: 'Funksjon' },
    {
      kind: 'table',
      caption: 'Krav i kategorien Funksjon',
      columns: [{ title: 'Id', width: 1 }, { title: 'Krav', width: 5 }, { title: 'Svar', width: 2 }],
      rows: [
        [{ content: 'TM-F-001', bold: true }, { content: 'Løsningen skal <ha> alt.\nSlik kontrolleres: demo.' }, { content: '', fill: true }],
        [{ content: 'Begrunnelse: fordi.', span: 3 }],
      ],
    },
    { kind: 'heading', level: 3, text: 'Under' },
  ],
};

const book: WorkbookModel = {
  title: 'Regnebok',
  language: 'nb-NO',
  sheets: [
    {
      name: 'Beregning',
      columns: [{ width: 12 }, { width: 40, wrap: true }, { width: 10, format: 'integer' }, { width: 12, format: 'decimal' }],
      headerRows: 1,
      freezeColumns: 1,
      filter: true,
      print: { landscape: true, fitToWidth: true },
      validations: [{ column: 2, fromRow: 1, toRow: 3, type: 'whole', min: 0, max: 10, message: 'Skriv 0–10.' }, { column: 1, fromRow: 1, toRow: 3, type: 'list', values: ['Ja', 'Nei'], message: 'Velg.' }],
      rows: [
        ['Id', 'Tekst', 'Poeng', 'Vektet'],
        ['A', '=SUM(1,2)', 4, { formula: "C2*'Om malen'!B1" }],
        ['B', '+47 123', 6, { formula: "C3*'Om malen'!B1" }],
        ['C', '@cmd', 10, { formula: "C4*'Om malen'!B1" }],
        ['Sum', null, { formula: 'SUM(C2:C4)', style: 'result' }, { formula: 'ROUND(SUM(D2:D4),2)', style: 'result' }],
        ['Rang B', null, { formula: 'RANK(C3,$C$2:$C$4)' }, { formula: 'IF(AND(C3>5,ISNUMBER(C3)),"høy","lav")' }],
      ],
    },
    {
      name: 'Om malen',
      columns: [{ width: 20 }, { width: 10, format: 'percent' }],
      headerRows: 0,
      print: { landscape: false, fitToWidth: true },
      rows: [['Vekt', { value: 0.5, style: 'input', format: 'percent' }], ['Merknad', { value: 'Tekst', style: 'note' }]],
    },
  ],
};

describe('helpers', () => {
  it('scales relative widths to integers that sum exactly to the total', () => {
    const w = scaleWidths([1, 5, 1.5], 9638);
    expect(w.reduce((a, b) => a + b, 0)).toBe(9638);
    expect(w[1]! / w[0]!).toBeCloseTo(5, 1);
  });
  it('strips characters XML cannot hold', () => {
    expect(stripInvalidXml('a\u0000b\u000Bc\uFFFEd\tе\n')).toBe('abcd\tе\n');
  });
});

describe('OpenFormula translation', () => {
  it.each([
    ['SUM(B2:B5)', 'of:=SUM([.B2:.B5])'],
    ["'Om malen'!B2", "of:=[$'Om malen'.B2]"],
    ['Beregning!B4*2', 'of:=[$Beregning.B4]*2'],
    ['IF(A1>0,ROUND(A1,2),"a,b")', 'of:=IF([.A1]>0;ROUND([.A1];2);"a,b")'],
    ['RANK(C3,$C$2:$C$6)', 'of:=RANK([.C3];[.$C$2:.$C$6])'],
    ['SUMPRODUCT(B2:B4,Vurdering!C2:C4)', 'of:=SUMPRODUCT([.B2:.B4];[$Vurdering.C2:.C4])'],
    ['IF(A1="x""y",1,0)', 'of:=IF([.A1]="x""y";1;0)'],
  ])('%s → %s', (excel, odf) => {
    expect(toOpenFormula(excel)).toBe(odf);
  });
});

describe('docx', () => {
  it('has nb-NO, heading styles, header, PAGE/NUMPAGES footer, repeated header row and exact widths', async () => {
    const bytes = await renderDocx(doc);
    const styles = (await readPart(bytes, 'word/styles.xml')).xml;
    expect(styles).toContain('w:lang w:val="nb-NO"');
    for (const l of [1, 2, 3]) expect(styles).toContain(`w:styleId="Heading${l}"`);
    const { xml, tree } = await readPart(bytes, 'word/document.xml');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('Løsningen skal &lt;ha&gt; alt.');
    expect(xml).not.toContain('\u0001');
    const body = (tree['w:document'] as { 'w:body': { 'w:tbl': { 'w:tblGrid': { 'w:gridCol': { '@w:w': string }[] } }[] } })['w:body'];
    const grid = body['w:tbl'][1]!['w:tblGrid']['w:gridCol'].map((c) => Number(c['@w:w']));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(docxTextWidth('portrait'));
    expect(new Set(grid).size).toBe(3);
    expect((await readPart(bytes, 'word/header1.xml')).xml).toContain('Testmal – versjon 1.0.0');
    const footer = (await readPart(bytes, 'word/footer1.xml')).xml;
    expect(footer).toContain(' PAGE ');
    expect(footer).toContain(' NUMPAGES ');
    const rels = (await readPart(bytes, 'word/_rels/document.xml.rels')).xml;
    expect(rels).toContain('Target="https://example.org/x?a=1&amp;b=2" TargetMode="External"');
  });
});

describe('odt', () => {
  it('has nb-NO, outline headings, a master page with page number and count, bordered tables with widths', async () => {
    const bytes = await renderOdt({ ...doc, orientation: 'landscape' });
    const styles = (await readPart(bytes, 'styles.xml')).xml;
    expect(styles).toContain('fo:language="nb" fo:country="NO"');
    expect(styles).toContain('style:default-outline-level="2"');
    expect(styles).toMatch(/<style:master-page[^>]*>.*<text:page-number[^>]*>.*<text:page-count>/);
    expect(styles).toContain('style:print-orientation="landscape"');
    expect((await readPart(bytes, 'meta.xml')).xml).toContain('<dc:language>nb-NO</dc:language>');
    const content = (await readPart(bytes, 'content.xml')).xml;
    expect(content).toContain('<table:table-header-rows>');
    expect(content).toContain('fo:border="0.5pt solid #808080"');
    expect(content).toContain('text:outline-level="1"');
    const widths = [...content.matchAll(/style:name="Tabell2\.C\d"[^>]*><style:table-column-properties style:column-width="([\d.]+)cm"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(3);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(25.7, 3);
  });
});

describe('xlsx', () => {
  it('stores text as shared strings, formulas as formulas, and sets print, freeze, filter and validation', async () => {
    const bytes = await renderXlsx(book);
    const strings = (await readPart(bytes, 'xl/sharedStrings.xml')).xml;
    expect(strings).toContain('>=SUM(1,2)<');
    expect(strings).not.toContain("'=SUM");
    const sheet = (await readPart(bytes, 'xl/worksheets/sheet1.xml')).xml;
    expect(sheet).toContain('<f>SUM(C2:C4)</f>');
    expect(sheet).toContain('orientation="landscape"');
    expect(sheet).toContain('fitToWidth="1" fitToHeight="0"');
    expect(sheet).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(sheet).toContain('state="frozen"');
    expect(sheet).toContain('<autoFilter ref="A1:D6"/>');
    expect(sheet).toMatch(/<dataValidation type="whole"/);
    const wb = (await readPart(bytes, 'xl/workbook.xml')).xml;
    expect(wb).toContain('fullCalcOnLoad="1"');
    expect(wb).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="0">Beregning!$1:$1</definedName>');
  });
});

describe('ods', () => {
  it('stores text as string cells, formulas as OpenFormula, widths, wrap, filter, frozen header', async () => {
    const bytes = await renderOds(book);
    const content = (await readPart(bytes, 'content.xml')).xml;
    expect(content).toContain('office:value-type="string"><text:p>=SUM(1,2)</text:p>');
    expect(content).toContain('table:formula="of:=SUM([.C2:.C4])"');
    expect(content).toContain(`table:formula="of:=[.C2]*[$'Om malen'.B1]"`);
    expect(content).toContain('style:column-width="8.150cm"');
    expect(content).toContain('fo:wrap-option="wrap"');
    expect(content).toContain('table:display-filter-buttons="true"');
    expect(content).toContain('<table:table-header-rows>');
    expect(content).toContain('table:content-validation-name=');
    const settings = (await readPart(bytes, 'settings.xml')).xml;
    expect(settings).toContain('<config:config-item config:name="VerticalSplitMode" config:type="short">2</config:config-item>');
    expect(settings).toContain('<config:config-item config:name="VerticalSplitPosition" config:type="int">1</config:config-item>');
    const styles = (await readPart(bytes, 'styles.xml')).xml;
    expect(styles).toContain('style:print-orientation="landscape"');
    expect(styles).toContain('style:scale-to-X="1"');
  });
});

describe.runIf(hasJing())('jing', () => {
  it('every ODF part of the odt and ods validates against ODF 1.3', async () => {
    const errors = await jingErrors([
      { name: 'a.odt', bytes: await renderOdt(doc) },
      { name: 'b.odt', bytes: await renderOdt({ ...doc, orientation: 'landscape', subtitle: undefined, footer: undefined }) },
      { name: 'c.ods', bytes: await renderOds(book) },
    ]);
    expect(errors).toBe('');
  });
});

describe.runIf(hasSoffice())('LibreOffice', () => {
  it('converts docx and odt to text, with the content in it', async () => {
    const files = writeTemp([
      { name: 'doc-a.docx', bytes: await renderDocx(doc) },
      { name: 'doc-b.odt', bytes: await renderOdt(doc) },
    ]);
    const out = sofficeConvert(files, 'txt:Text (encoded):UTF8');
    for (const name of ['doc-a.txt', 'doc-b.txt']) {
      const text = readFileSync(path.join(out, name), 'utf8');
      expect(text).toContain('TM-F-001');
      expect(text).toContain('Løsningen skal <ha> alt.');
      expect(text).toContain('Kontrolltegn fjernes');
    }
  });

  it('recalculates formulas in both xlsx and ods, and keeps formula-like text as text', async () => {
    const files = writeTemp([
      { name: 'calc-x.xlsx', bytes: await renderXlsx(book) },
      { name: 'calc-o.ods', bytes: await renderOds(book) },
    ]);
    const out = sofficeConvert(files, CSV_ALL_SHEETS);
    for (const base of ['calc-x', 'calc-o']) {
      const rows = readCsv(path.join(out, `${base}-Beregning.csv`));
      expect(rows.map((r) => r[1]).slice(1, 4), base).toEqual(['=SUM(1,2)', '+47 123', '@cmd']);
      expect(rows.slice(1, 4).map((r) => Number(r[3])), base).toEqual([2, 3, 5]);
      expect(Number(rows[4]![2]), base).toBe(20);
      expect(Number(rows[4]![3]), base).toBe(10);
      expect(Number(rows[5]![2]), base).toBe(2);
      expect(rows[5]![3], base).toBe('høy');
    }
  });
});
