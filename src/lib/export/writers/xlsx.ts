/**
 * WorkbookModel → Office Open XML spreadsheet (.xlsx), written as SpreadsheetML parts zipped with
 * fflate (writers/xml.ts). Text is stored as shared strings (never evaluated, no apostrophe), formulas as formulas
 * with `fullCalcOnLoad`, header rows bold, frozen and repeated on printed pages, landscape and
 * fit-to-width print setup, auto-filter and data validations.
 */
import type { CellStyle, NumberFormat, Sheet, WorkbookModel } from '../model';
import { esc, XML_DECL, zipParts } from './xml';
import { appXml, contentTypesXml, coreXml, rootRelsXml } from './ooxml-package';
import { columnName, quoteSheet, resolveCell, sheetWidth } from './sheet-styles';

const MAIN_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

// Fonts: 0 normal, 1 bold, 2 title, 3 italic. Fills: 0 none, 1 gray125 (required), 2 header, 3 input.
const FONT: Record<CellStyle | 'none', number> = { none: 0, header: 1, result: 1, title: 2, note: 3, input: 0 };
const FILL: Record<CellStyle | 'none', number> = { none: 0, header: 2, input: 3, result: 0, title: 0, note: 0 };
const NUMFMT: Record<NumberFormat | 'none', number> = { none: 0, integer: 1, decimal: 2, percent: 9, kroner: 164 };

class Styles {
  private keys = new Map<string, number>(['none||0'].map((k, i) => [k, i]));
  xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];

  get(style: CellStyle | undefined, format: NumberFormat | undefined, wrap: boolean, text: boolean): number {
    const fmt = text ? 'none' : (format ?? 'none');
    const key = `${style ?? 'none'}|${fmt}|${wrap ? 1 : 0}`;
    const found = this.keys.get(key);
    if (found !== undefined) return found;
    const s = style ?? 'none';
    const border = s === 'input' || s === 'header' ? 1 : 0;
    const align = wrap || s === 'header' ? `<alignment${wrap || s === 'header' ? ' wrapText="1"' : ''} vertical="top"/>` : '';
    this.xfs.push(
      `<xf numFmtId="${NUMFMT[fmt]}" fontId="${FONT[s]}" fillId="${FILL[s]}" borderId="${border}" xfId="0"` +
        `${NUMFMT[fmt] ? ' applyNumberFormat="1"' : ''}${FONT[s] ? ' applyFont="1"' : ''}${FILL[s] ? ' applyFill="1"' : ''}${border ? ' applyBorder="1"' : ''}${align ? ' applyAlignment="1"' : ''}>${align}</xf>`,
    );
    this.keys.set(key, this.xfs.length - 1);
    return this.xfs.length - 1;
  }

  xml(): string {
    return (
      XML_DECL +
      `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      `<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0\\ &quot;kr&quot;"/></numFmts>` +
      `<fonts count="4"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>` +
      `<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font><font><i/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
      `<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>` +
      `<fill><patternFill patternType="solid"><fgColor rgb="FFDCE6F2"/><bgColor indexed="64"/></patternFill></fill>` +
      `<fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor indexed="64"/></patternFill></fill></fills>` +
      `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>` +
      `<border><left style="thin"><color rgb="FF808080"/></left><right style="thin"><color rgb="FF808080"/></right><top style="thin"><color rgb="FF808080"/></top><bottom style="thin"><color rgb="FF808080"/></bottom><diagonal/></border></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs>` +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
      `</styleSheet>`
    );
  }
}

class SharedStrings {
  private index = new Map<string, number>();
  list: string[] = [];
  count = 0;
  get(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.index.set(text, i);
    }
    return i;
  }
  xml(): string {
    return (
      XML_DECL +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.list.length}">` +
      this.list.map((t) => `<si><t xml:space="preserve">${esc(t)}</t></si>`).join('') +
      `</sst>`
    );
  }
}

const LINE_HEIGHT = 15;

/**
 * Lines a wrapped text cell needs (Excel and LibreOffice do not fit row heights to wrapped text
 * when they open a file, so the writer estimates them: about 1.1 characters per width unit).
 */
function wrappedLines(cell: ReturnType<typeof resolveCell>, width: number | undefined): number {
  if (cell.kind !== 'string' || !(cell.wrap || cell.style === 'header') || !width) return 1;
  const perLine = Math.max(1, Math.floor(width * 1.1));
  return cell.text!.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

function sheetXml(sheet: Sheet, styles: Styles, strings: SharedStrings, title: string): string {
  const width = sheetWidth(sheet);
  const lastCol = columnName(width - 1);
  const lastRow = Math.max(sheet.rows.length, 1);
  const freezeRows = sheet.headerRows;
  const freezeCols = sheet.freezeColumns ?? 0;
  let pane = '';
  if (freezeRows || freezeCols) {
    const topLeft = `${columnName(freezeCols)}${freezeRows + 1}`;
    const active = freezeRows && freezeCols ? 'bottomRight' : freezeRows ? 'bottomLeft' : 'topRight';
    pane =
      `<pane${freezeCols ? ` xSplit="${freezeCols}"` : ''}${freezeRows ? ` ySplit="${freezeRows}"` : ''} topLeftCell="${topLeft}" activePane="${active}" state="frozen"/>` +
      `<selection pane="${active}" activeCell="${topLeft}" sqref="${topLeft}"/>`;
  }
  const cols = sheet.columns
    .map((c, i) => {
      const style = c.wrap || c.format ? ` style="${styles.get(undefined, c.format, !!c.wrap, false)}"` : '';
      return `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"${style}/>`;
    })
    .join('');
  const rows = sheet.rows
    .map((row, r) => {
      const cells = row
        .map((cell, c) => {
          const v = resolveCell(cell, sheet, r, c);
          const ref = `${columnName(c)}${r + 1}`;
          const s = styles.get(v.style, v.format, v.wrap, v.kind === 'string');
          const sAttr = s ? ` s="${s}"` : '';
          switch (v.kind) {
            case 'empty':
              return s ? `<c r="${ref}"${sAttr}/>` : '';
            case 'string':
              return `<c r="${ref}"${sAttr} t="s"><v>${strings.get(v.text!)}</v></c>`;
            case 'number':
              return `<c r="${ref}"${sAttr}><v>${v.number}</v></c>`;
            case 'formula':
              return `<c r="${ref}"${sAttr}><f>${esc(v.formula!)}</f></c>`;
          }
        })
        .join('');
      const lines = Math.max(1, ...row.map((cell, c) => wrappedLines(resolveCell(cell, sheet, r, c), sheet.columns[c]?.width)));
      return `<row r="${r + 1}"${lines > 1 ? ` ht="${Math.min(409, lines * LINE_HEIGHT)}" customHeight="1"` : ''}>${cells}</row>`;
    })
    .join('');
  const filterRow = Math.max(sheet.headerRows, 1);
  const filter = sheet.filter ? `<autoFilter ref="A${filterRow}:${lastCol}${lastRow}"/>` : '';
  const validations = (sheet.validations ?? [])
    .map((v) => {
      const sqref = `${columnName(v.column)}${v.fromRow + 1}:${columnName(v.column)}${v.toRow + 1}`;
      const common = ` allowBlank="1" showErrorMessage="1" errorTitle="Ugyldig verdi" error="${esc(v.message)}" sqref="${sqref}"`;
      if (v.type === 'list') return `<dataValidation type="list"${common}><formula1>${esc(`"${(v.values ?? []).join(',')}"`)}</formula1></dataValidation>`;
      return `<dataValidation type="${v.type}" operator="between"${common}><formula1>${v.min ?? 0}</formula1><formula2>${v.max ?? 0}</formula2></dataValidation>`;
    })
    .join('');
  const dv = validations ? `<dataValidations count="${sheet.validations!.length}">${validations}</dataValidations>` : '';
  const fit = sheet.print.fitToWidth;
  // Header/footer codes: &P page, &N pages; & in the text itself must be doubled.
  const head = `&amp;L${esc(title.replace(/&/g, '&&'))}&amp;R${esc(sheet.name.replace(/&/g, '&&'))}`;
  return (
    XML_DECL +
    `<worksheet ${MAIN_NS}>` +
    `<sheetPr>${fit ? '<pageSetUpPr fitToPage="1"/>' : ''}</sheetPr>` +
    `<dimension ref="A1:${lastCol}${lastRow}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows}</sheetData>` +
    filter +
    dv +
    `<printOptions gridLines="1"/>` +
    `<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="${sheet.print.landscape ? 'landscape' : 'portrait'}"${fit ? ' fitToWidth="1" fitToHeight="0"' : ''}/>` +
    `<headerFooter><oddHeader>${head}</oddHeader><oddFooter>&amp;CSide &amp;P av &amp;N</oddFooter></headerFooter>` +
    `</worksheet>`
  );
}

export async function renderXlsx(model: WorkbookModel): Promise<Uint8Array> {
  const styles = new Styles();
  const strings = new SharedStrings();
  const sheets = model.sheets.map((s) => sheetXml(s, styles, strings, model.title));
  const defined = model.sheets
    .flatMap((s, i) => {
      const q = quoteSheet(s.name);
      const out: string[] = [];
      if (s.filter) {
        const row = Math.max(s.headerRows, 1);
        out.push(`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${esc(`${q}!$A$${row}:$${columnName(sheetWidth(s) - 1)}$${Math.max(s.rows.length, 1)}`)}</definedName>`);
      }
      if (s.headerRows > 0) out.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${esc(`${q}!$1:$${s.headerRows}`)}</definedName>`);
      return out;
    })
    .join('');
  const workbook =
    XML_DECL +
    `<workbook ${MAIN_NS}><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>` +
    model.sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rIdSheet${i + 1}"/>`).join('') +
    `</sheets>${defined ? `<definedNames>${defined}</definedNames>` : ''}<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`;
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const workbookRels =
    XML_DECL +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    model.sheets.map((_, i) => rel(`rIdSheet${i + 1}`, 'worksheet', `worksheets/sheet${i + 1}.xml`)).join('') +
    rel('rIdStyles', 'styles', 'styles.xml') +
    rel('rIdStrings', 'sharedStrings', 'sharedStrings.xml') +
    `</Relationships>`;
  const contentTypes = contentTypesXml([
    ['/xl/workbook.xml', 'spreadsheetml.sheet.main+xml'],
    ...model.sheets.map((_, i): [string, string] => [`/xl/worksheets/sheet${i + 1}.xml`, 'spreadsheetml.worksheet+xml']),
    ['/xl/styles.xml', 'spreadsheetml.styles+xml'],
    ['/xl/sharedStrings.xml', 'spreadsheetml.sharedStrings+xml'],
  ]);
  const rootRels = rootRelsXml('xl/workbook.xml');
  return zipParts(
    [
      ['[Content_Types].xml', contentTypes],
      ['_rels/.rels', rootRels],
      ['docProps/core.xml', coreXml(model.title, model.description)],
      ['docProps/app.xml', appXml()],
      ['xl/workbook.xml', workbook],
      ['xl/_rels/workbook.xml.rels', workbookRels],
      ['xl/styles.xml', styles.xml()],
      ['xl/sharedStrings.xml', strings.xml()],
      ...sheets.map((s, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, s]),
    ],
    false,
  );
}
