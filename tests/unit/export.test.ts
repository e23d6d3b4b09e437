import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { matrixRows, neutraliseFormula, toCsv, MATRIX_HEADER } from '../../src/lib/export/rows';
import { matrixOds } from '../../src/lib/export/odf';
import type { Requirement } from '../../src/lib/schema';

const req = (id: string, text: string, extra: Partial<Requirement> = {}): Requirement => ({
  id, text, type: 'minimum', category: 'funksjon', motive: 'Fordi.', verification: 'Demo.', guidance: 'Beskriv.', principles: ['apenhet'], standards: [], equivalentTo: [], buyerFields: [], ...extra,
});
const spec = { categories: [{ id: 'funksjon', title: 'Funksjon' }] };

describe('formula injection', () => {
  it.each(['=SUM(A1)', '+47 12345678', '-1', '@cmd', '\tx', '\rx'])('neutralises %j', (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });
  it('leaves ordinary text alone', () => {
    expect(neutraliseFormula('Løsningen skal …')).toBe('Løsningen skal …');
  });
  it('no CSV cell starts with a formula character', () => {
    const csv = toCsv(MATRIX_HEADER, matrixRows(spec, [req('TM-F-001', '=HYPERLINK("http://x")'), req('TM-F-002', '-rm')]));
    const cells = csv.slice(1).split('\r\n').filter(Boolean).flatMap((row) => row.split(';').map((c) => c.replace(/^"/, '')));
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
  it('no ODS cell starts with a formula character', async () => {
    const ods = await JSZip.loadAsync(await matrixOds('Test', matrixRows(spec, [req('TM-F-001', '=1+1')])));
    const cells = [...(await ods.file('content.xml')!.async('string')).matchAll(/<text:p>([^<]*)<\/text:p>/g)].map((m) => m[1]!);
    expect(cells).toContain("'=1+1");
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
  });
});

describe('requirement matrix', () => {
  it('has one row per active requirement, with category title and references', () => {
    const rows = matrixRows(spec, [req('TM-F-001', 'Aktiv'), req('TM-F-002', 'Fjernet', { removedIn: '1.1.0' })]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.slice(0, 4)).toEqual(['TM-F-001', 'Funksjon', 'Aktiv', 'Minimumskrav (skal)']);
    expect(rows[0]![8]).toBe('prinsipp: apenhet');
  });
  it('writes CSV with BOM and semicolons, quoting where needed', () => {
    const csv = toCsv(['a', 'b'], [['x;y', 'z']]);
    expect(csv).toBe('\uFEFFa;b\r\n"x;y";z\r\n');
  });
});
