/**
 * DocumentModel → OpenDocument text (.odt): content.xml, styles.xml (named heading styles with
 * outline levels, a master page with header and «side X av Y» footer), meta.xml and manifest,
 * zipped with fflate (writers/xml.ts). Tables get explicit cell borders, column widths scaled to the text width and
 * a header row that repeats on every page.
 */
import type { Block, DocumentModel, Inlines, TableCell, TableColumn } from '../model';
import { esc, safeHref, scaleWidths, toRuns, XML_DECL, zipParts } from './xml';
import { manifestXml, metaXml, ODF_LANG, ODF_NS } from './odf';

const MIME = 'application/vnd.oasis.opendocument.text';
// A4 with 2 cm margins; widths in 1/1000 cm so they sum exactly.
const PAGE = { short: 21, long: 29.7, margin: 2 };
const BORDER = '0.5pt solid #808080';

export function odtTextWidthMm100(orientation: DocumentModel['orientation']): number {
  return Math.round(((orientation === 'landscape' ? PAGE.long : PAGE.short) - 2 * PAGE.margin) * 1000);
}

class Builder {
  tables: { name: string; widths: number[] }[] = [];
  listCount = 0;

  runs(content: Inlines): string {
    return toRuns(content)
      .map((run) => {
        const text = run.text.split('\n').map(esc).join('<text:line-break/>');
        const styled = run.bold && run.italic ? `<text:span text:style-name="BoldItalic">${text}</text:span>` : run.bold ? `<text:span text:style-name="Strong_20_Emphasis">${text}</text:span>` : run.italic ? `<text:span text:style-name="Emphasis">${text}</text:span>` : text;
        const href = safeHref(run.href);
        return href ? `<text:a xlink:type="simple" xlink:href="${esc(href)}" text:style-name="Internet_20_link">${styled}</text:a>` : styled;
      })
      .join('');
  }

  para(content: Inlines, style = 'Standard'): string {
    return `<text:p text:style-name="${style}">${this.runs(content)}</text:p>`;
  }

  table(columns: TableColumn[], rows: TableCell[][], textWidth: number, header: TableCell[] | null): string {
    const name = `Tabell${this.tables.length + 1}`;
    const widths = scaleWidths(columns.map((c) => c.width), textWidth);
    this.tables.push({ name, widths });
    const row = (cells: TableCell[], isHeader: boolean) => {
      let col = 0;
      const out = cells.map((c) => {
        const span = Math.max(1, Math.min(c.span ?? 1, widths.length - col));
        col += span;
        const style = isHeader ? 'CellHead' : c.fill ? 'CellFill' : 'Cell';
        const pStyle = isHeader ? 'Table_20_Heading' : 'Table_20_Contents';
        const content = c.bold && !isHeader ? toRuns(c.content).map((r) => ({ ...r, bold: true })) : c.content;
        return (
          `<table:table-cell table:style-name="${style}" office:value-type="string"${span > 1 ? ` table:number-columns-spanned="${span}"` : ''}>${this.para(content, pStyle)}</table:table-cell>` +
          '<table:covered-table-cell/>'.repeat(span - 1)
        );
      });
      // Rows must be complete.
      while (col < widths.length) {
        out.push(`<table:table-cell table:style-name="Cell" office:value-type="string"><text:p text:style-name="Table_20_Contents"/></table:table-cell>`);
        col++;
      }
      return `<table:table-row>${out.join('')}</table:table-row>`;
    };
    return (
      `<table:table table:name="${name}" table:style-name="${name}">` +
      widths.map((_, i) => `<table:table-column table:style-name="${name}.C${i + 1}"/>`).join('') +
      (header ? `<table:table-header-rows>${row(header, true)}</table:table-header-rows>` : '') +
      rows.map((r) => row(r, false)).join('') +
      `</table:table>`
    );
  }

  block(block: Block, textWidth: number): string {
    switch (block.kind) {
      case 'heading':
        return `<text:h text:style-name="Heading_20_${block.level}" text:outline-level="${block.level}">${esc(block.text)}</text:h>`;
      case 'paragraph':
        return this.para(block.content, { normal: 'Text_20_body', lead: 'Lead', note: 'Note', small: 'Small' }[block.style ?? 'normal']);
      case 'list': {
        this.listCount++;
        const style = block.ordered ? 'Numbering_20_123' : 'List_20_Bullet';
        return `<text:list text:style-name="${style}">${block.items.map((i) => `<text:list-item>${this.para(i, 'List_20_Contents')}</text:list-item>`).join('')}</text:list>`;
      }
      case 'fields': {
        const rows = block.fields.map((f): TableCell[] => [
          { content: f.label, bold: true },
          { content: f.value ? f.value : f.hint ? [{ text: f.hint, italic: true }] : '', fill: true },
        ]);
        return this.table([{ title: '', width: 1 }, { title: '', width: 2 }], rows, textWidth, null);
      }
      case 'table': {
        const caption = block.caption ? this.para(block.caption, 'Table_20_Caption') : '';
        return caption + this.table(block.columns, block.rows, textWidth, block.columns.map((c) => ({ content: c.title })));
      }
      case 'pageBreak':
        return '<text:p text:style-name="PageBreak"/>';
    }
  }
}

const cm = (mm100: number) => `${(mm100 / 1000).toFixed(3)}cm`;

function stylesXml(model: DocumentModel): string {
  const landscape = model.orientation === 'landscape';
  const [w, h] = landscape ? [PAGE.long, PAGE.short] : [PAGE.short, PAGE.long];
  const para = (name: string, display: string, parent: string, pp: string, tp: string, extra = '') =>
    `<style:style style:name="${name}" style:display-name="${display}" style:family="paragraph" style:parent-style-name="${parent}"${extra}>` +
    (pp ? `<style:paragraph-properties ${pp}/>` : '') +
    (tp ? `<style:text-properties ${tp}/>` : '') +
    `</style:style>`;
  const heading = (level: number, size: string) =>
    para(`Heading_20_${level}`, `Heading ${level}`, 'Heading', 'fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"', `fo:font-size="${size}" fo:font-weight="bold" fo:color="#1f3864"`, ` style:next-style-name="Text_20_body" style:default-outline-level="${level}" style:class="text"`);
  const text = (name: string, display: string, tp: string) =>
    `<style:style style:name="${name}" style:display-name="${display}" style:family="text"><style:text-properties ${tp}/></style:style>`;
  const listLevel = (ordered: boolean) =>
    (ordered
      ? `<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">`
      : `<text:list-level-style-bullet text:level="1" text:bullet-char="•">`) +
    `<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/></style:list-level-properties>` +
    (ordered ? `</text:list-level-style-number>` : `</text:list-level-style-bullet>`);
  const small = 'fo:font-size="9pt" fo:color="#404040"';
  return (
    XML_DECL +
    `<office:document-styles ${ODF_NS}>` +
    `<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>` +
    `<office:styles>` +
    `<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" ${ODF_LANG}/></style:default-style>` +
    `<style:default-style style:family="table-cell"><style:text-properties ${ODF_LANG}/></style:default-style>` +
    `<style:style style:name="Standard" style:family="paragraph" style:class="text"/>` +
    para('Text_20_body', 'Text body', 'Standard', 'fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:line-height="115%"', '', ' style:class="text"') +
    para('Heading', 'Heading', 'Standard', 'fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"', 'fo:font-size="14pt"', ' style:next-style-name="Text_20_body" style:class="text"') +
    heading(1, '16pt') +
    heading(2, '13pt') +
    heading(3, '11.5pt') +
    para('Title', 'Title', 'Heading', 'fo:margin-top="5cm" fo:margin-bottom="0.5cm"', 'fo:font-size="26pt" fo:font-weight="bold" fo:color="#1f3864"', ' style:class="chapter"') +
    para('Subtitle', 'Subtitle', 'Heading', 'fo:margin-bottom="1cm"', 'fo:font-size="16pt"', ' style:class="chapter"') +
    para('Lead', 'Lead', 'Text_20_body', '', 'fo:font-size="13pt"') +
    para('Note', 'Note', 'Text_20_body', '', 'fo:font-style="italic" fo:color="#404040"') +
    para('Small', 'Small', 'Text_20_body', '', 'fo:font-size="9pt"') +
    para('List_20_Contents', 'List Contents', 'Standard', 'fo:margin-bottom="0.1cm"', '', ' style:class="list"') +
    para('Table_20_Contents', 'Table Contents', 'Standard', 'fo:margin-top="0.05cm" fo:margin-bottom="0.05cm"', 'fo:font-size="10pt"', ' style:class="extra"') +
    para('Table_20_Heading', 'Table Heading', 'Table_20_Contents', '', 'fo:font-weight="bold"', ' style:class="extra"') +
    para('Table_20_Caption', 'Table Caption', 'Standard', 'fo:keep-with-next="always"', 'fo:font-weight="bold" fo:font-size="10pt"') +
    para('Header', 'Header', 'Standard', 'fo:margin-bottom="0cm"', small, ' style:class="extra"') +
    para('Footer', 'Footer', 'Standard', 'fo:margin-bottom="0cm"', small, ' style:class="extra"') +
    text('Strong_20_Emphasis', 'Strong Emphasis', 'fo:font-weight="bold"') +
    text('Emphasis', 'Emphasis', 'fo:font-style="italic"') +
    text('BoldItalic', 'Bold Italic', 'fo:font-weight="bold" fo:font-style="italic"') +
    text('Internet_20_link', 'Internet link', 'fo:color="#0563c1" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"') +
    `<text:list-style style:name="List_20_Bullet" style:display-name="List Bullet">${listLevel(false)}</text:list-style>` +
    `<text:list-style style:name="Numbering_20_123" style:display-name="Numbering 123">${listLevel(true)}</text:list-style>` +
    `<text:outline-style style:name="Outline">${[1, 2, 3]
      .map((l) => `<text:outline-level-style text:level="${l}" style:num-format=""><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space"/></style:list-level-properties></text:outline-level-style>`)
      .join('')}</text:outline-style>` +
    `</office:styles>` +
    `<office:automatic-styles><style:page-layout style:name="PL1"><style:page-layout-properties fo:page-width="${w}cm" fo:page-height="${h}cm" style:print-orientation="${landscape ? 'landscape' : 'portrait'}" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="${PAGE.margin}cm" fo:margin-right="${PAGE.margin}cm"/>` +
    `<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>` +
    `<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout></office:automatic-styles>` +
    `<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL1">` +
    `<style:header><text:p text:style-name="Header">${esc(model.header)}</text:p></style:header>` +
    `<style:footer><text:p text:style-name="Footer">${model.footer ? `${esc(model.footer)} – ` : ''}side <text:page-number text:select-page="current">1</text:page-number> av <text:page-count>1</text:page-count></text:p></style:footer>` +
    `</style:master-page></office:master-styles>` +
    `</office:document-styles>`
  );
}

export async function renderOdt(model: DocumentModel): Promise<Uint8Array> {
  const b = new Builder();
  const textWidth = odtTextWidthMm100(model.orientation);
  const body =
    b.para(model.title, 'Title') + (model.subtitle ? b.para(model.subtitle, 'Subtitle') : '') + model.blocks.map((block) => b.block(block, textWidth)).join('');
  const cellStyle = (name: string, fill?: string) =>
    `<style:style style:name="${name}" style:family="table-cell"><style:table-cell-properties fo:border="${BORDER}" fo:padding="0.1cm"${fill ? ` fo:background-color="${fill}"` : ''}/></style:style>`;
  const tableStyles = b.tables
    .map(
      (t) =>
        `<style:style style:name="${t.name}" style:family="table"><style:table-properties style:width="${cm(textWidth)}" table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/></style:style>` +
        t.widths.map((w, i) => `<style:style style:name="${t.name}.C${i + 1}" style:family="table-column"><style:table-column-properties style:column-width="${cm(w)}"/></style:style>`).join(''),
    )
    .join('');
  const content =
    XML_DECL +
    `<office:document-content ${ODF_NS}><office:automatic-styles>` +
    tableStyles +
    cellStyle('Cell') +
    cellStyle('CellFill', '#fff2cc') +
    cellStyle('CellHead', '#dce6f2') +
    `<style:style style:name="PageBreak" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>` +
    `</office:automatic-styles><office:body><office:text>${body}</office:text></office:body></office:document-content>`;
  return zipParts(
    [
      ['mimetype', MIME],
      ['content.xml', content],
      ['styles.xml', stylesXml(model)],
      ['meta.xml', metaXml(model.title, model.description)],
      ['META-INF/manifest.xml', manifestXml(MIME, ['content.xml', 'styles.xml', 'meta.xml'])],
    ],
    true,
  );
}
