/**
 * DocumentModel → Office Open XML (.docx), written as WordprocessingML parts zipped with fflate (writers/xml.ts).
 * Layout rules live here once: nb-NO language, Heading 1–3 styles, running header, footer with
 * «side X av Y» (PAGE/NUMPAGES fields), tables with a repeated header row, fixed column widths
 * that sum to the text width, borders and shaded fill-in cells.
 */
import type { Block, DocumentModel, Inlines, TableCell, TableColumn } from '../model';
import { esc, safeHref, scaleWidths, toRuns, XML_DECL, zipParts } from './xml';
import { appXml, contentTypesXml, coreXml, rootRelsXml } from './ooxml-package';

const W_NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

// A4 in twentieths of a point (dxa), 2 cm margins.
const PAGE = { short: 11906, long: 16838, margin: 1134 };
const FILL = 'FFF2CC';
const HEAD_FILL = 'DCE6F2';
const LANG = '<w:lang w:val="nb-NO" w:eastAsia="nb-NO" w:bidi="ar-SA"/>';

export function docxTextWidth(orientation: DocumentModel['orientation']): number {
  return (orientation === 'landscape' ? PAGE.long : PAGE.short) - 2 * PAGE.margin;
}

class Builder {
  links: string[] = [];
  lists: { ordered: boolean }[] = [];

  link(href: string): string {
    this.links.push(href);
    return `rIdLink${this.links.length}`;
  }

  /** Text with line breaks as `<w:br/>`. */
  text(text: string, rPr: string): string {
    return text
      .split('\n')
      .map((line, i) => `<w:r>${rPr}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${esc(line)}</w:t></w:r>`)
      .join('');
  }

  runs(content: Inlines, extra = ''): string {
    return toRuns(content)
      .map((run) => {
        const href = safeHref(run.href);
        const rPr = `<w:rPr>${href ? '<w:rStyle w:val="Hyperlink"/>' : ''}${run.bold ? '<w:b/>' : ''}${run.italic ? '<w:i/>' : ''}${extra}</w:rPr>`;
        const body = this.text(run.text, rPr);
        return href ? `<w:hyperlink r:id="${this.link(href)}" w:history="1">${body}</w:hyperlink>` : body;
      })
      .join('');
  }

  para(content: Inlines, style?: string, extraRun = '', pPrExtra = ''): string {
    const pPr = style || pPrExtra ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${pPrExtra}</w:pPr>` : '';
    return `<w:p>${pPr}${this.runs(content, extraRun)}</w:p>`;
  }

  cell(cell: TableCell, width: number, header: boolean): string {
    const span = cell.span && cell.span > 1 ? `<w:gridSpan w:val="${cell.span}"/>` : '';
    const fill = header ? HEAD_FILL : cell.fill ? FILL : '';
    const shd = fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>` : '';
    const bold = header || cell.bold ? '<w:b/>' : '';
    return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span}${shd}</w:tcPr>${this.para(cell.content, header ? 'TableHeading' : 'TableText', bold)}</w:tc>`;
  }

  table(columns: TableColumn[], rows: TableCell[][], textWidth: number, header: TableCell[] | null): string {
    const widths = scaleWidths(columns.map((c) => c.width), textWidth);
    const row = (cells: TableCell[], isHeader: boolean) => {
      let col = 0;
      const tcs = cells.map((c) => {
        const span = Math.max(1, Math.min(c.span ?? 1, widths.length - col));
        const w = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
        col += span;
        return this.cell({ ...c, span }, w, isHeader);
      });
      // Long requirement rows may continue on the next page; the header row never splits and repeats.
      const trPr = isHeader ? '<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' : '';
      return `<w:tr>${trPr}${tcs.join('')}</w:tr>`;
    };
    return (
      `<w:tbl><w:tblPr><w:tblStyle w:val="Tabell"/><w:tblW w:w="${textWidth}" w:type="dxa"/><w:tblLayout w:type="fixed"/>` +
      `<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>` +
      `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
      (header ? row(header, true) : '') +
      rows.map((r) => row(r, false)).join('') +
      `</w:tbl>`
    );
  }

  block(block: Block, textWidth: number): string {
    switch (block.kind) {
      case 'heading':
        return this.para(block.text, `Heading${block.level}`);
      case 'paragraph':
        return this.para(block.content, { normal: undefined, lead: 'Lead', note: 'Note', small: 'Small' }[block.style ?? 'normal']);
      case 'list': {
        this.lists.push({ ordered: !!block.ordered });
        const numId = this.lists.length;
        return block.items.map((item) => this.para(item, 'ListParagraph', '', `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>`)).join('');
      }
      case 'fields': {
        const rows = block.fields.map((f): TableCell[] => [
          { content: f.label, bold: true },
          { content: f.value ? f.value : f.hint ? [{ text: f.hint, italic: true }] : '', fill: true },
        ]);
        return this.table([{ title: '', width: 1 }, { title: '', width: 2 }], rows, textWidth, null) + '<w:p/>';
      }
      case 'table': {
        const caption = block.caption ? this.para(block.caption, 'Caption') : '';
        const header = block.columns.map((c): TableCell => ({ content: c.title }));
        // An empty paragraph after each table keeps two tables from merging.
        return caption + this.table(block.columns, block.rows, textWidth, header) + '<w:p/>';
      }
      case 'pageBreak':
        return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
    }
  }
}

const field = (instr: string) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r>` +
  `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;

function stylesXml(): string {
  const pStyle = (id: string, name: string, pPr: string, rPr: string, extra = '') =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>${extra}<w:qFormat/><w:pPr>${pPr}</w:pPr><w:rPr>${rPr}</w:rPr></w:style>`;
  const heading = (level: number, size: number) =>
    pStyle(`Heading${level}`, `heading ${level}`, `<w:keepNext/><w:keepLines/><w:spacing w:before="${level === 1 ? 360 : 240}" w:after="120"/><w:outlineLvl w:val="${level - 1}"/>`, `<w:b/><w:color w:val="1F3864"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`, '<w:uiPriority w:val="9"/>');
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>`;
  return (
    XML_DECL +
    `<w:styles ${W_NS}>` +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:szCs w:val="22"/>${LANG}</w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:rPr>${LANG}</w:rPr></w:style>` +
    pStyle('Title', 'Title', '<w:spacing w:before="2400" w:after="240"/>', '<w:b/><w:sz w:val="52"/><w:szCs w:val="52"/><w:color w:val="1F3864"/>') +
    pStyle('Subtitle', 'Subtitle', '<w:spacing w:after="480"/>', '<w:sz w:val="32"/><w:szCs w:val="32"/>') +
    heading(1, 32) +
    heading(2, 26) +
    heading(3, 23) +
    pStyle('Lead', 'Lead', '', '<w:sz w:val="26"/><w:szCs w:val="26"/>') +
    pStyle('Note', 'Note', '', '<w:i/><w:color w:val="404040"/>') +
    pStyle('Small', 'Small', '', '<w:sz w:val="18"/><w:szCs w:val="18"/>') +
    pStyle('Caption', 'caption', '<w:keepNext/>', '<w:b/><w:sz w:val="20"/><w:szCs w:val="20"/>') +
    pStyle('TableText', 'Table Text', '<w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/>', '<w:sz w:val="20"/><w:szCs w:val="20"/>') +
    pStyle('TableHeading', 'Table Heading', '<w:keepNext/><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/>', '<w:b/><w:sz w:val="20"/><w:szCs w:val="20"/>') +
    pStyle('ListParagraph', 'List Paragraph', '<w:ind w:left="720" w:hanging="360"/><w:spacing w:after="60"/>', '') +
    pStyle('Header', 'header', '<w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0"/>', '<w:sz w:val="18"/><w:szCs w:val="18"/><w:color w:val="404040"/>') +
    pStyle('Footer', 'footer', '<w:spacing w:after="0"/>', '<w:sz w:val="18"/><w:szCs w:val="18"/><w:color w:val="404040"/>') +
    `<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `<w:style w:type="table" w:styleId="Tabell"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>` +
    `<w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="28" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `</w:styles>`
  );
}

function numberingXml(lists: { ordered: boolean }[]): string {
  const abstract = (id: number, ordered: boolean) =>
    `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>` +
    (ordered ? '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>' : '<w:numFmt w:val="bullet"/><w:lvlText w:val="•"/>') +
    `<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>`;
  const nums = lists
    .map((l, i) => `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${l.ordered ? 1 : 0}"/>${l.ordered ? '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' : ''}</w:num>`)
    .join('');
  return XML_DECL + `<w:numbering ${W_NS}>${abstract(0, false)}${abstract(1, true)}${nums}</w:numbering>`;
}

export async function renderDocx(model: DocumentModel): Promise<Uint8Array> {
  const b = new Builder();
  const landscape = model.orientation === 'landscape';
  const textWidth = docxTextWidth(model.orientation);
  const title = b.para(model.title, 'Title') + (model.subtitle ? b.para(model.subtitle, 'Subtitle') : '');
  const body = model.blocks.map((block) => b.block(block, textWidth)).join('');
  const [w, h] = landscape ? [PAGE.long, PAGE.short] : [PAGE.short, PAGE.long];
  const m = PAGE.margin;
  const sectPr =
    `<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/><w:footerReference w:type="default" r:id="rIdFooter"/>` +
    `<w:pgSz w:w="${w}" w:h="${h}"${landscape ? ' w:orient="landscape"' : ''}/>` +
    `<w:pgMar w:top="${m}" w:right="${m}" w:bottom="${m}" w:left="${m}" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>`;
  const documentXml = XML_DECL + `<w:document ${W_NS}><w:body>${title}${body}${sectPr}</w:body></w:document>`;

  const headerXml = XML_DECL + `<w:hdr ${W_NS}>${b.para(model.header, 'Header')}</w:hdr>`;
  const footerText = model.footer ? `${esc(model.footer)} – ` : '';
  const footerXml =
    XML_DECL +
    `<w:ftr ${W_NS}><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:t xml:space="preserve">${footerText}side </w:t></w:r>${field('PAGE')}<w:r><w:t xml:space="preserve"> av </w:t></w:r>${field('NUMPAGES')}</w:p></w:ftr>`;

  const rel = (id: string, type: string, target: string, external = false) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${esc(target)}"${external ? ' TargetMode="External"' : ''}/>`;
  const docRels =
    XML_DECL +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rel('rIdStyles', 'styles', 'styles.xml') +
    rel('rIdNumbering', 'numbering', 'numbering.xml') +
    rel('rIdSettings', 'settings', 'settings.xml') +
    rel('rIdHeader', 'header', 'header1.xml') +
    rel('rIdFooter', 'footer', 'footer1.xml') +
    b.links.map((href, i) => rel(`rIdLink${i + 1}`, 'hyperlink', href, true)).join('') +
    `</Relationships>`;
  const contentTypes = contentTypesXml([
    ['/word/document.xml', 'wordprocessingml.document.main+xml'],
    ['/word/styles.xml', 'wordprocessingml.styles+xml'],
    ['/word/numbering.xml', 'wordprocessingml.numbering+xml'],
    ['/word/settings.xml', 'wordprocessingml.settings+xml'],
    ['/word/header1.xml', 'wordprocessingml.header+xml'],
    ['/word/footer1.xml', 'wordprocessingml.footer+xml'],
  ]);
  const rootRels = rootRelsXml('word/document.xml');
  const settings =
    XML_DECL +
    `<w:settings ${W_NS}><w:defaultTabStop w:val="708"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="nb-NO"/></w:settings>`;
  return zipParts(
    [
      ['[Content_Types].xml', contentTypes],
      ['_rels/.rels', rootRels],
      ['docProps/core.xml', coreXml(model.title, model.description)],
      ['docProps/app.xml', appXml()],
      ['word/document.xml', documentXml],
      ['word/_rels/document.xml.rels', docRels],
      ['word/styles.xml', stylesXml()],
      ['word/numbering.xml', numberingXml(b.lists)],
      ['word/settings.xml', settings],
      ['word/header1.xml', headerXml],
      ['word/footer1.xml', footerXml],
    ],
    false,
  );
}
