/** What both workbook writers need to know about a cell: value kind, style and number format. */
import type { Cell, CellStyle, NumberFormat, Sheet } from '../model';

export interface ResolvedCell {
  kind: 'empty' | 'string' | 'number' | 'formula';
  text?: string;
  number?: number;
  formula?: string;
  style?: CellStyle;
  format?: NumberFormat;
  wrap: boolean;
}

export function resolveCell(cell: Cell | undefined, sheet: Sheet, row: number, col: number): ResolvedCell {
  const column = sheet.columns[col];
  const wrap = !!column?.wrap;
  const header = row < sheet.headerRows;
  const base = { wrap, format: column?.format, style: header ? ('header' as const) : undefined };
  if (cell === null || cell === undefined || cell === '') return { ...base, kind: 'empty' };
  if (typeof cell === 'string') return { ...base, kind: 'string', text: cell };
  if (typeof cell === 'number') return Number.isFinite(cell) ? { ...base, kind: 'number', number: cell } : { ...base, kind: 'empty' };
  const style = cell.style ?? base.style;
  const format = cell.format ?? base.format;
  if (cell.formula) return { kind: 'formula', formula: cell.formula.replace(/^=/, ''), style, format, wrap };
  if (typeof cell.value === 'number' && Number.isFinite(cell.value)) return { kind: 'number', number: cell.value, style, format, wrap };
  if (typeof cell.value === 'string' && cell.value !== '') return { kind: 'string', text: cell.value, style, format, wrap };
  return { kind: 'empty', style, format, wrap };
}

/** 0-based column index → A, B, …, Z, AA … */
export function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

export const sheetWidth = (sheet: Sheet): number => Math.max(sheet.columns.length, ...sheet.rows.map((r) => r.length), 1);

/** A sheet name as it must appear in a reference: quoted unless it is a plain identifier. */
export const quoteSheet = (name: string): string => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);
