/** The requirement matrix as an Excel workbook: frozen header, filters, an answer drop-down. */
import ExcelJS from 'exceljs';
import { ANSWER_CHOICES, MATRIX_HEADER, neutraliseFormula } from './rows';

export interface MatrixMeta { title: string; version: string; date: string }

export async function matrixXlsx(meta: MatrixMeta, rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'KommIT verktøykasse';
  book.title = `${meta.title} – versjon ${meta.version}`;
  const sheet = book.addWorksheet('Kravmatrise', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = MATRIX_HEADER.map((header, i) => ({ header, key: `c${i}`, width: [12, 22, 60, 20, 8, 40, 30, 30, 30, 18, 40, 20][i] }));
  for (const row of rows) {
    const added = sheet.addRow(row.map((value, i) => (i === 4 && value !== '' ? Number(value) : neutraliseFormula(value))));
    added.alignment = { wrapText: true, vertical: 'top' };
  }
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: MATRIX_HEADER.length } };
  const answerColumn = MATRIX_HEADER.indexOf('Leverandørens svar') + 1;
  for (let r = 2; r <= rows.length + 1; r++) {
    sheet.getCell(r, answerColumn).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${ANSWER_CHOICES.join(',')}"`],
      showErrorMessage: true,
      errorTitle: 'Ugyldig svar',
      error: `Velg ${ANSWER_CHOICES.join(', ')}.`,
    };
  }
  const info = book.addWorksheet('Om malen');
  info.addRows([['Mal', meta.title], ['Versjon', meta.version], ['Dato', meta.date], ['Kilde', 'KommIT verktøykasse']].map((r) => r.map(neutraliseFormula)));
  return Buffer.from(await book.xlsx.writeBuffer());
}
