/**
 * WorkbookModel → OpenDocument spreadsheet (.ods): content.xml (text cells as
 * `office:value-type="string"`, formulas translated to OpenFormula, column widths, wrap, header
 * rows as `table:table-header-rows` so they repeat when printed, database range with filter
 * buttons, content validations), styles.xml (landscape, fit-to-width page layouts), settings.xml
 * (frozen panes), meta.xml and manifest, zipped with fflate (writers/xml.ts).
 */
import type { CellStyle, NumberFormat, Sheet, WorkbookModel } from '../model';
import { esc, XML_DECL, zipParts } from './xml';
import { manifestXml, metaXml, ODF_LANG, ODF_NS } from './odf';
import { toOpenFormula } from './formula';
import { columnName, resolveCell, sheetWidth } from './sheet-styles';

const MIME = 'application/vnd.oasis.opendocument.spreadsheet';

/** Column width in characters → cm (about the width of a digit in an 11pt font, plus padding). */
const charsToCm = (chars: number) => `${(chars * 0.2 + 0.15).toFixed(3)}cm`;

const DATA_STYLES: Record<NumberFormat, string> = {
  integer: '<number:number-style style:name="N_integer"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1"/></number:number-style>',
  decimal: '<number:number-style style:name="N_decimal"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"/></number:number-style>',
  percent: '<number:percentage-style style:name="N_percent"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>',
  kroner: '<number:number-style style:name="N_kroner"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/><number:text> kr</number:text></number:number-style>',
};

const quote = (name: string) => `'${name.replace(/'/g, "''")}'`;

class CellStyles {
  private keys = new Map<string, string>();
  xml: string[] = [];
  formats = new Set<NumberFormat>();

  get(style: CellStyle | undefined, format: NumberFormat | undefined, wrap: boolean): string {
    const key = `${style ?? ''}|${format ?? ''}|${wrap ? 1 : 0}`;
    let name = this.keys.get(key);
    if (name) return name;
    name = `ce${this.keys.size + 1}`;
    this.keys.set(key, name);
    if (format) this.formats.add(format);
    const cellProps: string[] = [];
    if (wrap || style === 'header') cellProps.push('fo:wrap-option="wrap"', 'style:vertical-align="top"');
    if (style === 'header') cellProps.push('fo:background-color="#dce6f2"', 'fo:border="0.5pt solid #808080"');
    if (style === 'input') cellProps.push('fo:background-color="#fff2cc"', 'fo:border="0.5pt solid #808080"');
    const textProps: string[] = [];
    if (style === 'header' || style === 'result' || style === 'title') textProps.push('fo:font-weight="bold"');
    if (style === 'title') textProps.push('fo:font-size="14pt"');
    if (style === 'note') textProps.push('fo:font-style="italic"');
    this.xml.push(
      `<style:style style:name="${name}" style:family="table-cell" style:parent-style-name="Default"${format ? ` style:data-style-name="N_${format}"` : ''}>` +
        (cellProps.length ? `<style:table-cell-properties ${cellProps.join(' ')}/>` : '') +
        (textProps.length ? `<style:text-properties ${textProps.join(' ')}/>` : '') +
        `</style:style>`,
    );
    return name;
  }
}

function tableXml(sheet: Sheet, index: number, styles: CellStyles, validationNames: Map<string, string>): string {
  const width = sheetWidth(sheet);
  const columns = Array.from({ length: width }, (_, c) => {
    const col = sheet.columns[c];
    const def = col && (col.wrap || col.format) ? ` table:default-cell-style-name="${styles.get(undefined, col.format, !!col.wrap)}"` : '';
    return `<table:table-column table:style-name="co${index}_${c}"${def}/>`;
  }).join('');
  const validationAt = (r: number, c: number) => {
    const i = (sheet.validations ?? []).findIndex((v) => v.column === c && r >= v.fromRow && r <= v.toRow);
    return i === -1 ? undefined : validationNames.get(`${index}:${i}`);
  };
  const rowXml = (row: Sheet['rows'][number], r: number) => {
    const cells: string[] = [];
    for (let c = 0; c < width; c++) {
      const v = resolveCell(row[c], sheet, r, c);
      const style = v.style || v.format || v.wrap ? ` table:style-name="${styles.get(v.style, v.kind === 'string' ? undefined : v.format, v.wrap)}"` : '';
      const valName = validationAt(r, c);
      const val = valName ? ` table:content-validation-name="${valName}"` : '';
      switch (v.kind) {
        case 'empty':
          cells.push(`<table:table-cell${style}${val}/>`);
          break;
        case 'string':
          cells.push(`<table:table-cell${style}${val} office:value-type="string"><text:p>${v.text!.split('\n').map(esc).join('</text:p><text:p>')}</text:p></table:table-cell>`);
          break;
        case 'number': {
          const type = v.format === 'percent' ? 'percentage' : 'float';
          cells.push(`<table:table-cell${style}${val} office:value-type="${type}" office:value="${v.number}"><text:p>${v.number}</text:p></table:table-cell>`);
          break;
        }
        case 'formula': {
          // No cached value: LibreOffice then calculates the cell on load.
          cells.push(`<table:table-cell${style}${val} table:formula="${esc(toOpenFormula(v.formula!))}"/>`);
          break;
        }
      }
    }
    return `<table:table-row table:style-name="ro1">${cells.join('')}</table:table-row>`;
  };
  // Rows below the last one written still carry validations (e.g. empty answer rows).
  const rows = sheet.rows.map(rowXml);
  const header = sheet.headerRows > 0 ? `<table:table-header-rows>${rows.slice(0, sheet.headerRows).join('')}</table:table-header-rows>` : '';
  return `<table:table table:name="${esc(sheet.name)}" table:style-name="ta${sheet.print.landscape ? 'L' : 'P'}${sheet.print.fitToWidth ? 'F' : ''}">${columns}${header}${rows.slice(sheet.headerRows).join('')}</table:table>`;
}

function validationXml(sheet: Sheet, index: number, names: Map<string, string>): string {
  return (sheet.validations ?? [])
    .map((v, i) => {
      const name = `val${index}_${i}`;
      names.set(`${index}:${i}`, name);
      const condition =
        v.type === 'list'
          ? `of:cell-content-is-in-list(${(v.values ?? []).map((x) => `"${x.replace(/"/g, '""')}"`).join(';')})`
          : `of:cell-content-is-${v.type === 'whole' ? 'whole-number' : 'decimal-number'}() and cell-content-is-between(${v.min ?? 0},${v.max ?? 0})`;
      return (
        `<table:content-validation table:name="${name}" table:condition="${esc(condition)}" table:allow-empty-cell="true"${v.type === 'list' ? ' table:display-list="unsorted"' : ''} table:base-cell-address="${esc(`${quote(sheet.name)}.${columnName(v.column)}${v.fromRow + 1}`)}">` +
        `<table:error-message table:display="true" table:message-type="stop" table:title="Ugyldig verdi"><text:p>${esc(v.message)}</text:p></table:error-message>` +
        `</table:content-validation>`
      );
    })
    .join('');
}

function settingsXml(model: WorkbookModel): string {
  const item = (name: string, type: string, value: string | number) => `<config:config-item config:name="${name}" config:type="${type}">${value}</config:config-item>`;
  const tables = model.sheets
    .map((s) => {
      const rows = s.headerRows;
      const cols = s.freezeColumns ?? 0;
      return (
        `<config:config-item-map-entry config:name="${esc(s.name)}">` +
        item('HorizontalSplitMode', 'short', cols ? 2 : 0) +
        item('VerticalSplitMode', 'short', rows ? 2 : 0) +
        item('HorizontalSplitPosition', 'int', cols) +
        item('VerticalSplitPosition', 'int', rows) +
        item('ActiveSplitRange', 'short', rows ? 2 : cols ? 3 : 2) +
        item('PositionLeft', 'int', 0) +
        item('PositionRight', 'int', cols) +
        item('PositionTop', 'int', 0) +
        item('PositionBottom', 'int', rows) +
        `</config:config-item-map-entry>`
      );
    })
    .join('');
  return (
    XML_DECL +
    `<office:document-settings ${ODF_NS}><office:settings><config:config-item-set config:name="ooo:view-settings">` +
    `<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>` +
    item('ViewId', 'string', 'view1') +
    `<config:config-item-map-named config:name="Tables">${tables}</config:config-item-map-named>` +
    item('ActiveTable', 'string', esc(model.sheets[0]?.name ?? '')) +
    `</config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set></office:settings></office:document-settings>`
  );
}

function stylesXml(): string {
  const layout = (name: string, landscape: boolean, fit: boolean) =>
    `<style:page-layout style:name="${name}"><style:page-layout-properties fo:page-width="${landscape ? '29.7cm' : '21cm'}" fo:page-height="${landscape ? '21cm' : '29.7cm'}" style:print-orientation="${landscape ? 'landscape' : 'portrait'}" fo:margin="1.5cm" style:print="grid charts drawings objects zero-values"${fit ? ' style:scale-to-X="1"' : ''}/>` +
    `<style:header-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-bottom="0.25cm"/></style:header-style>` +
    `<style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.25cm"/></style:footer-style></style:page-layout>`;
  const master = (name: string, layoutName: string) =>
    `<style:master-page style:name="${name}" style:page-layout-name="${layoutName}">` +
    `<style:header><text:p><text:sheet-name>???</text:sheet-name></text:p></style:header>` +
    `<style:footer><text:p>Side <text:page-number>1</text:page-number> av <text:page-count>1</text:page-count></text:p></style:footer></style:master-page>`;
  return (
    XML_DECL +
    `<office:document-styles ${ODF_NS}><office:styles>` +
    `<style:default-style style:family="table-cell"><style:text-properties ${ODF_LANG}/></style:default-style>` +
    `<style:style style:name="Default" style:family="table-cell"><style:text-properties ${ODF_LANG}/></style:style>` +
    `</office:styles><office:automatic-styles>` +
    layout('PL_L', true, false) +
    layout('PL_LF', true, true) +
    layout('PL_P', false, false) +
    layout('PL_PF', false, true) +
    `</office:automatic-styles><office:master-styles>` +
    master('Default', 'PL_P') +
    master('M_L', 'PL_L') +
    master('M_LF', 'PL_LF') +
    master('M_P', 'PL_P') +
    master('M_PF', 'PL_PF') +
    `</office:master-styles></office:document-styles>`
  );
}

export async function renderOds(model: WorkbookModel): Promise<Uint8Array> {
  const styles = new CellStyles();
  const validationNames = new Map<string, string>();
  const validations = model.sheets.map((s, i) => validationXml(s, i, validationNames)).join('');
  const tables = model.sheets.map((s, i) => tableXml(s, i, styles, validationNames)).join('');
  const columnStyles = model.sheets
    .flatMap((s, i) =>
      Array.from({ length: sheetWidth(s) }, (_, c) => `<style:style style:name="co${i}_${c}" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="${charsToCm(s.columns[c]?.width ?? 10)}"/></style:style>`),
    )
    .join('');
  const tableStyles = ['L', 'LF', 'P', 'PF']
    .map((k) => `<style:style style:name="ta${k}" style:family="table" style:master-page-name="M_${k}"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>`)
    .join('');
  const ranges = model.sheets
    .map((s, i) => {
      if (!s.filter) return '';
      const row = Math.max(s.headerRows, 1);
      const last = `${columnName(sheetWidth(s) - 1)}${Math.max(s.rows.length, row)}`;
      return `<table:database-range table:name="__Anonymous_Sheet_DB__${i}" table:target-range-address="${esc(`${quote(s.name)}.A${row}:${quote(s.name)}.${last}`)}" table:display-filter-buttons="true"/>`;
    })
    .join('');
  const content =
    XML_DECL +
    `<office:document-content ${ODF_NS}><office:automatic-styles>` +
    columnStyles +
    `<style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:use-optimal-row-height="true"/></style:style>` +
    tableStyles +
    [...styles.formats].map((f) => DATA_STYLES[f]).join('') +
    styles.xml.join('') +
    `</office:automatic-styles><office:body><office:spreadsheet>` +
    (validations ? `<table:content-validations>${validations}</table:content-validations>` : '') +
    tables +
    (ranges ? `<table:database-ranges>${ranges}</table:database-ranges>` : '') +
    `</office:spreadsheet></office:body></office:document-content>`;
  return zipParts(
    [
      ['mimetype', MIME],
      ['content.xml', content],
      ['styles.xml', stylesXml()],
      ['meta.xml', metaXml(model.title, model.description)],
      ['settings.xml', settingsXml(model)],
      ['META-INF/manifest.xml', manifestXml(MIME, ['content.xml', 'styles.xml', 'meta.xml', 'settings.xml'])],
    ],
    true,
  );
}
