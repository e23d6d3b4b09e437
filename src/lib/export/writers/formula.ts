/**
 * Translates a formula from the model's Excel A1 dialect (no leading `=`, `,` between arguments,
 * `Sheet!B4`, `'Om malen'!B2`, `$A$1`, ranges `B2:B5`) to OpenFormula as ODS stores it:
 * `of:=SUM([.B2:.B5])`, `[$'Om malen'.B2]`, `;` between arguments. Pure; strings are left alone.
 */

const CELL = String.raw`\$?[A-Z]{1,3}\$?[0-9]{1,7}`;
const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)`;
const REF = new RegExp(String.raw`^(?:(${SHEET})!)?(${CELL})(?::(${CELL}))?`);

const odfSheet = (sheet: string) => {
  // ODF quotes sheet names with spaces or punctuation the same way as Excel.
  const bare = sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(bare) ? bare : `'${bare.replace(/'/g, "''")}'`;
};

export function toOpenFormula(formula: string): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"') {
      // A string literal, with "" as an escaped quote inside: copied unchanged.
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"' && formula[j + 1] === '"') j += 2;
        else if (formula[j] === '"') { j++; break; }
        else j++;
      }
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    const prev = formula[i - 1];
    const atBoundary = prev === undefined || !/[A-Za-z0-9_.$]/.test(prev);
    if (atBoundary) {
      const m = REF.exec(formula.slice(i));
      // A name followed by `(` is a function, not a reference (e.g. `LOG10(`).
      if (m && formula[i + m[0].length] !== '(' && !/[A-Za-z0-9_]/.test(formula[i + m[0].length] ?? '')) {
        const [whole, sheet, from, to] = m;
        const prefix = sheet ? `$${odfSheet(sheet)}.` : '.';
        out += to ? `[${prefix}${from}:.${to}]` : `[${prefix}${from}]`;
        i += whole.length;
        continue;
      }
    }
    out += ch === ',' ? ';' : ch;
    i++;
  }
  return `of:=${out}`;
}
