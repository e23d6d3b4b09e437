/**
 * CSV for the requirement matrix. CSV has no cell types, so text that a spreadsheet program would
 * run as a formula is neutralised here; the office writers store such text as text cells instead.
 */

/**
 * Spreadsheet programs run a cell that starts with = + - @ (or tab/CR before them) as a formula.
 * Such text gets a leading apostrophe so it is shown, never executed.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function toCsv(header: readonly string[], rows: string[][]): string {
  const cell = (value: string) => {
    const safe = neutraliseFormula(value);
    return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}
