/**
 * Neutral models of every document and workbook the toolkit publishes (DESIGN.md §3).
 *
 * A *model builder* turns content into a DocumentModel or a WorkbookModel; the format writers
 * render it: `renderDocx` / `renderOdt` (src/lib/export/writers/docx.ts, odt.ts) for documents and
 * `renderXlsx` / `renderOds` (writers/xlsx.ts, ods.ts) for workbooks. Twins (docx/odt, xlsx/ods) come from
 * the same model, so they cannot drift, and a new document kind is a new builder, not new writers.
 *
 * The models are plain data (no functions, no Buffers), so builders are pure and unit-testable,
 * and the same builders and writers run at build time and in the browser (the requirement basket).
 */

// ---------------------------------------------------------------- documents (docx, odt)

/** A run of text. `href` makes it a hyperlink (absolute https: URL only). */
export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  href?: string;
}

/** Either plain text or a sequence of runs. */
export type Inlines = string | Inline[];

export interface TableColumn {
  title: string;
  /**
   * Relative width. The writers scale all columns of a table so that they sum to the text width
   * of the page; e.g. [1, 5, 1.5] gives a narrow id column and a wide requirement column.
   */
  width: number;
}

export interface TableCell {
  content: Inlines;
  /** A cell the reader (municipality or supplier) fills in: shaded, and empty unless `content`. */
  fill?: boolean;
  bold?: boolean;
  /** Number of columns this cell spans (default 1). Following cells of the row are omitted. */
  span?: number;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; content: Inlines; style?: 'normal' | 'lead' | 'note' | 'small' }
  | { kind: 'list'; ordered?: boolean; items: Inlines[] }
  /**
   * Labelled fields to fill in (kommune, saksnummer, frist …). Rendered as a two-column table:
   * label | shaded answer cell (with `value` prefilled if given, or `hint` in grey).
   */
  | { kind: 'fields'; fields: { label: string; value?: string; hint?: string }[] }
  /** A table whose first row (the column titles) repeats on every page. */
  | { kind: 'table'; columns: TableColumn[]; rows: TableCell[][]; caption?: string }
  | { kind: 'pageBreak' };

export interface DocumentModel {
  /** Document title (metadata, title page, header). */
  title: string;
  /** One line under the title on the title page, e.g. «Bilag 1 Kundens kravspesifikasjon». */
  subtitle?: string;
  /** Text of the running page header, e.g. «Sak- og arkivsystem – versjon 1.2.0». */
  header: string;
  /** Every page has a footer «side X av Y»; this text stands before it (e.g. the source). */
  footer?: string;
  language: 'nb-NO';
  orientation?: 'portrait' | 'landscape';
  /** Short description for the file metadata (dc:description / docProps). */
  description?: string;
  /** Title page first (ending with a pageBreak), then the body. */
  blocks: Block[];
}

// ---------------------------------------------------------------- workbooks (xlsx, ods)

export type CellStyle =
  /** Bold header row (applied automatically to the first `headerRows` rows). */
  | 'header'
  /** A cell the municipality or supplier fills in or may change: shaded. */
  | 'input'
  /** A computed result worth noticing: bold. */
  | 'result'
  /** A section title inside a sheet: bold, larger. */
  | 'title'
  /** Explanatory text: italic. */
  | 'note';

export type NumberFormat = 'integer' | 'decimal' | 'percent' | 'kroner';

/**
 * A cell. Plain strings are stored as *text* cells (never evaluated, no leading apostrophe), plain
 * numbers as numbers, null as an empty cell.
 *
 * `formula` is written in Excel's A1 dialect *without* the leading `=`, with `,` between arguments
 * and sheet references like `Beregning!B4` or `'Om malen'!B2`. The ODS writer translates it to
 * OpenFormula. Only these functions may be used (both formats know them under the same name):
 * SUM, SUMPRODUCT, IF, ROUND, MIN, MAX, RANK, COUNTIF, COUNTA, AND, OR, IFERROR, ISNUMBER, ABS.
 */
export type Cell =
  | string
  | number
  | null
  | {
      value?: string | number | null;
      formula?: string;
      style?: CellStyle;
      format?: NumberFormat;
    };

export interface SheetColumn {
  /** Width in characters. */
  width: number;
  /** Wrap long text in this column (and align top). */
  wrap?: boolean;
  /** Number format for number and formula cells in this column. */
  format?: NumberFormat;
}

export interface Validation {
  /** 0-based column index. */
  column: number;
  /** 0-based first and last row (inclusive). */
  fromRow: number;
  toRow: number;
  /** `list`: a drop-down of the values; `decimal`/`whole`: a number between min and max. */
  type: 'list' | 'decimal' | 'whole';
  values?: string[];
  min?: number;
  max?: number;
  /** Shown when the value is not allowed. */
  message: string;
}

export interface Sheet {
  /** At most 31 characters, none of []:*?/\ . */
  name: string;
  columns: SheetColumn[];
  /** Rows from the top; a row may be shorter than `columns`. */
  rows: Cell[][];
  /** Rows at the top that are headers: bold, frozen, and repeated on every printed page. */
  headerRows: number;
  /** Columns to freeze at the left (default 0). */
  freezeColumns?: number;
  /** An auto-filter over the header row (the last header row) and every row below it. */
  filter?: boolean;
  validations?: Validation[];
  /** Print setup: landscape, fit all columns to one page width. */
  print: { landscape: boolean; fitToWidth: boolean };
}

export interface WorkbookModel {
  title: string;
  description?: string;
  language: 'nb-NO';
  sheets: Sheet[];
}
