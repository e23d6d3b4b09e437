/** The requirement matrix as rows of plain text: one source for CSV, XLSX, ODS, DOCX and ODT. */
import type { Requirement, Spec } from '../schema';
import { REQUIREMENT_TYPE_LABELS } from '../labels';

export const ANSWER_CHOICES = ['Oppfylt', 'Delvis oppfylt', 'Ikke oppfylt'] as const;

export const MATRIX_HEADER = [
  'Id',
  'Kategori',
  'Krav',
  'Type',
  'Vekt',
  'Begrunnelse',
  'Slik kontrolleres kravet',
  'Svarveiledning',
  'Henvisninger',
  'Leverandørens svar',
  'Leverandørens kommentar',
  'Referanse i tilbudet',
] as const;

/**
 * Spreadsheet programs run a cell that starts with = + - @ (or tab/CR before them) as a formula.
 * Such text gets a leading apostrophe so it is shown, never executed.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function references(r: Requirement): string {
  return [...r.principles.map((p) => `prinsipp: ${p}`), ...r.standards.map((s) => `standard: ${s}`)].join(', ');
}

export function matrixRows(spec: Pick<Spec, 'categories'>, requirements: Requirement[]): string[][] {
  const categoryTitle = new Map(spec.categories.map((c) => [c.id, c.title]));
  return requirements
    .filter((r) => !r.removedIn)
    .map((r) => [
      r.id,
      categoryTitle.get(r.category) ?? r.category,
      r.text,
      REQUIREMENT_TYPE_LABELS[r.type],
      r.weight === undefined ? '' : String(r.weight),
      r.motive,
      r.verification,
      r.guidance,
      references(r),
      '',
      '',
      '',
    ]);
}

export function toCsv(header: readonly string[], rows: string[][]): string {
  const cell = (value: string) => {
    const safe = neutraliseFormula(value);
    return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}
