/**
 * OpenDocument text (.odt) and spreadsheet (.ods), written as plain ODF XML zipped with JSZip.
 * Open formats are required in Norwegian public procurement, so these are first-class downloads.
 */
import JSZip from 'jszip';
import { ANSWER_CHOICES, MATRIX_HEADER, neutraliseFormula } from './rows';
import type { DocumentModel } from './document';

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.3"';

async function pack(mimetype: string, content: string, title: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('mimetype', mimetype, { compression: 'STORE' });
  zip.file('content.xml', `<?xml version="1.0" encoding="UTF-8"?>\n${content}`);
  zip.file(
    'meta.xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta ${NS}><office:meta><dc:title>${xml(title)}</dc:title><meta:generator>KommIT verktøykasse</meta:generator><dc:language>nb-NO</dc:language></office:meta></office:document-meta>`,
  );
  zip.file(
    'META-INF/manifest.xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="${mimetype}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', mimeType: mimetype });
}

const cell = (value: string, style?: string) =>
  `<table:table-cell office:value-type="string"${style ? ` table:style-name="${style}"` : ''}><text:p>${xml(value)}</text:p></table:table-cell>`;

export function matrixOds(title: string, rows: string[][]): Promise<Buffer> {
  const header = `<table:table-row>${MATRIX_HEADER.map((h) => cell(h, 'Head')).join('')}</table:table-row>`;
  const answer = MATRIX_HEADER.indexOf('Leverandørens svar');
  const body = rows
    .map((row) => {
      const cells = row.map((value, i) => {
        if (i === 4 && value !== '') return `<table:table-cell office:value-type="float" office:value="${Number(value)}"><text:p>${value}</text:p></table:table-cell>`;
        if (i === answer) return `<table:table-cell table:content-validation-name="Svar"/>`;
        return cell(neutraliseFormula(value));
      });
      return `<table:table-row>${cells.join('')}</table:table-row>`;
    })
    .join('');
  const choices = ANSWER_CHOICES.map((c) => `"${c}"`).join(';');
  const content =
    `<office:document-content ${NS}><office:automatic-styles>` +
    `<style:style style:name="Head" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>` +
    `</office:automatic-styles><office:body><office:spreadsheet>` +
    `<table:content-validations><table:content-validation table:name="Svar" table:condition="of:cell-content-is-in-list(${xml(choices)})" table:allow-empty-cell="true" table:display-list="unsorted"/></table:content-validations>` +
    `<table:table table:name="Kravmatrise">${MATRIX_HEADER.map(() => '<table:table-column/>').join('')}${header}${body}</table:table>` +
    `<table:database-ranges><table:database-range table:name="Krav" table:target-range-address="Kravmatrise.A1:Kravmatrise.${String.fromCharCode(64 + MATRIX_HEADER.length)}${rows.length + 1}" table:display-filter-buttons="true"/></table:database-ranges>` +
    `</office:spreadsheet></office:body></office:document-content>`;
  return pack('application/vnd.oasis.opendocument.spreadsheet', content, title);
}

export function documentOdt(model: DocumentModel): Promise<Buffer> {
  const p = (text: string, style = 'Standard') => `<text:p text:style-name="${style}">${xml(text)}</text:p>`;
  const h = (text: string, level: number) => `<text:h text:outline-level="${level}">${xml(text)}</text:h>`;
  const tables = model.categories
    .map((category, t) => {
      const head = `<table:table-header-rows><table:table-row>${model.tableHeader.map((c) => cell(c, 'Head')).join('')}</table:table-row></table:table-header-rows>`;
      const rows = category.rows.map((row) => `<table:table-row>${row.map((c) => cell(c)).join('')}</table:table-row>`).join('');
      return h(category.title, 2) + `<table:table table:name="Krav${t + 1}">${model.tableHeader.map(() => '<table:table-column/>').join('')}${head}${rows}</table:table>`;
    })
    .join('');
  const content =
    `<office:document-content ${NS}><office:automatic-styles>` +
    `<style:style style:name="Head" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>` +
    `<style:style style:name="Title" style:family="paragraph"><style:text-properties fo:font-size="24pt" fo:font-weight="bold"/></style:style>` +
    `</office:automatic-styles><office:body><office:text>` +
    p(model.appendix) +
    p(model.title, 'Title') +
    model.titleLines.map((l) => p(l)).join('') +
    h('Slik bruker du dokumentet', 1) +
    model.instructions.map((l) => p(l)).join('') +
    h('Krav', 1) +
    tables +
    `</office:text></office:body></office:document-content>`;
  return pack('application/vnd.oasis.opendocument.text', content, model.title);
}
