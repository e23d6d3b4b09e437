import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { neutraliseFormula, toCsv } from '../../src/lib/export/rows';
import {
  MATRIX_HEADER,
  matrixRows,
  requirementSetDocument,
  requirementSetFile,
  requirementSetWorkbook,
} from '../../src/lib/export/requirement-document';
import { specRequirementSet } from '../../src/lib/export/spec-set';
import type { RequirementSet } from '../../src/lib/export/requirement-set';
import type { Block } from '../../src/lib/export/model';
import type { Requirement } from '../../src/lib/schema';

const req = (id: string, text: string, extra: Partial<Requirement> = {}): Requirement => ({
  id, text, type: 'minimum', category: 'funksjon', motive: 'Fordi.', verification: `Demo av ${id}.`, guidance: 'Beskriv.', principles: ['apenhet'], standards: [], equivalentTo: [], buyerFields: [], ...extra,
});
const spec = {
  title: 'Testmal',
  version: '1.2.0',
  scope: 'Malen dekker test.',
  ssaAppendix: 'Bilag 1 Kundens kravspesifikasjon',
  categories: [{ id: 'funksjon', title: 'Funksjon' }, { id: 'drift', title: 'Drift' }],
  changelog: [{ version: '1.2.0', date: '2026-11-30', summary: 's', added: [], changed: [], removed: [] }],
  updated: '2026-11-30',
};
const set: RequirementSet = specRequirementSet({
  id: 'testmal',
  spec,
  requirements: [
    req('TM-F-001', '=HYPERLINK("http://x")'),
    req('TM-F-002', 'Fjernet', { removedIn: '1.1.0' }),
    req('TM-D-001', 'Drift skal virke.', { category: 'drift', type: 'evaluering', weight: 7, standards: ['noark-5'], buyerFields: [{ label: 'Dagens system', hint: 'Navn og versjon' }] }),
  ],
  titles: { 'principles/apenhet': 'Åpenhet', 'standards/noark-5': 'Noark 5', 'standards/ubrukt': 'Ubrukt' },
});
const textOf = (blocks: Block[]) => JSON.stringify(blocks);

describe('formula injection in CSV', () => {
  it.each(['=SUM(A1)', '+47 12345678', '-1', '@cmd', '\tx', '\rx'])('neutralises %j', (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });
  it('leaves ordinary text alone', () => {
    expect(neutraliseFormula('Løsningen skal …')).toBe('Løsningen skal …');
  });
  it('no CSV cell starts with a formula character', async () => {
    const csv = (await requirementSetFile('csv', set)) as string;
    const cells = csv.slice(1).split('\r\n').filter(Boolean).flatMap((row) => row.split(';').map((c) => c.replace(/^"/, '')));
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
  it('writes CSV with BOM and semicolons, quoting where needed', () => {
    expect(toCsv(['a', 'b'], [['x;y', 'z']])).toBe('\uFEFFa;b\r\n"x;y";z\r\n');
  });
});

describe('template as a requirement set', () => {
  it('keeps active requirements by category, and only the reference titles it uses', () => {
    expect(set.groups.map((g) => [g.categoryTitle, g.requirements.map((r) => r.id)])).toEqual([['Funksjon', ['TM-F-001']], ['Drift', ['TM-D-001']]]);
    expect(set.referenceTitles).toEqual({ 'principles/apenhet': 'Åpenhet', 'standards/noark-5': 'Noark 5' });
    expect(set.date).toBe('2026-11-30');
    expect(set.sourceUrl).toBeUndefined();
  });
});

describe('requirement document', () => {
  const doc = requirementSetDocument(set);
  it('has a title page with the buyer fields, then instructions, then one table per category', () => {
    const fields = doc.blocks.find((b) => b.kind === 'fields');
    expect(fields && fields.kind === 'fields' && fields.fields.map((f) => f.label)).toEqual(['Kommune', 'Anskaffelsens navn', 'Saksnummer', 'Frist for tilbud']);
    expect(doc.header).toBe('Testmal – versjon 1.2.0');
    expect(doc.blocks.filter((b) => b.kind === 'table')).toHaveLength(2);
    expect(doc.blocks.filter((b) => b.kind === 'heading' && b.level === 2).map((b) => b.kind === 'heading' && b.text)).toEqual(expect.arrayContaining(['Funksjon', 'Drift']));
  });
  it('tables have a narrow id, a wide requirement and the three answer columns', () => {
    const table = doc.blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    const titles = table.columns.map((c) => c.title);
    expect(titles).toEqual(['Id', 'Krav', 'Type', 'Vekt', 'Oppfylt / Delvis oppfylt / Ikke oppfylt', 'Leverandørens beskrivelse', 'Henvisning til dokumentasjon']);
    const width = (t: string) => table.columns.find((c) => c.title === t)!.width;
    expect(width('Krav')).toBeGreaterThan(width('Leverandørens beskrivelse'));
    expect(width('Id')).toBeLessThan(width('Krav') / 3);
  });
  it('shows motive, verification, guidance, references by title and buyer fields', () => {
    const text = textOf(doc.blocks);
    for (const s of ['Fordi.', 'Demo av TM-D-001.', 'Beskriv.', 'Noark 5', 'Åpenhet', 'Kommunen fyller ut: ', 'Dagens system', 'Navn og versjon']) expect(text).toContain(s);
    expect(text).not.toContain('standard: noark-5');
    expect(text).not.toContain('TM-F-002');
  });
  it('states plainly where it comes from, without a placeholder link when the site URL is unknown', () => {
    const text = textOf(doc.blocks);
    expect(text).toContain('Mal fra KommIT verktøykasse.');
    expect(text).not.toContain('href');
    const linked = requirementSetDocument({ ...set, sourceUrl: 'https://verktoy.kommune.no/kravspesifikasjoner/testmal/' });
    expect(textOf(linked.blocks)).toContain('"href":"https://verktoy.kommune.no/kravspesifikasjoner/testmal/"');
  });
});

describe('requirement workbook', () => {
  const book = requirementSetWorkbook(set);
  it('has the matrix with header, filter, answer drop-down and print setup, and «Om malen»', () => {
    const [matrix, about] = book.sheets;
    expect(matrix!.rows[0]).toEqual([...MATRIX_HEADER]);
    expect(matrix!.headerRows).toBe(1);
    expect(matrix!.filter).toBe(true);
    expect(matrix!.print).toEqual({ landscape: true, fitToWidth: true });
    expect(matrix!.validations![0]).toMatchObject({ type: 'list', values: ['Oppfylt', 'Delvis oppfylt', 'Ikke oppfylt'], fromRow: 1, toRow: 2 });
    expect(about!.name).toBe('Om malen');
    const aboutText = JSON.stringify(about!.rows);
    for (const s of ['1.2.0', '2026-11-30', 'Minimumskrav (skal)', 'Evalueringskrav (bør)', 'Vekt']) expect(aboutText).toContain(s);
  });
  it('keeps formula-like requirement text as a plain string (a text cell, never a formula)', () => {
    expect(matrixRows(set)[0]![3]).toBe('=HYPERLINK("http://x")');
    expect(matrixRows(set)[1]![5]).toBe(7);
  });
});

describe('json and office files', () => {
  it('json holds metadata and the active requirements with their template', async () => {
    const json = JSON.parse((await requirementSetFile('json', set)) as string);
    expect(json).toMatchObject({ title: 'Testmal', version: '1.2.0', templates: [{ id: 'testmal', version: '1.2.0' }] });
    expect(json.requirements.map((r: { id: string }) => r.id)).toEqual(['TM-F-001', 'TM-D-001']);
    expect(json.requirements[1].references).toEqual(['Åpenhet', 'Noark 5']);
  });
  it('every office format is a zip with the requirement ids', async () => {
    for (const [format, part] of [['docx', 'word/document.xml'], ['odt', 'content.xml'], ['xlsx', 'xl/sharedStrings.xml'], ['ods', 'content.xml']] as const) {
      const zip = await JSZip.loadAsync((await requirementSetFile(format, set)) as Uint8Array);
      const xml = await zip.file(part)!.async('string');
      expect(xml, format).toContain('TM-D-001');
    }
  });
});
