/** Parts shared by the ODT and ODS writers: namespaces, meta.xml, manifest. */
import { esc, XML_DECL } from './xml';

export const ODF_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" ' +
  'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" ' +
  'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" ' +
  'xmlns:ooo="http://openoffice.org/2004/office" office:version="1.3"';

export function metaXml(title: string, description?: string): string {
  return (
    XML_DECL +
    `<office:document-meta ${ODF_NS}><office:meta><meta:generator>KommIT verktøykasse</meta:generator>` +
    `<dc:title>${esc(title)}</dc:title>${description ? `<dc:description>${esc(description)}</dc:description>` : ''}<dc:language>nb-NO</dc:language>` +
    `</office:meta></office:document-meta>`
  );
}

export function manifestXml(mimetype: string, parts: string[]): string {
  return (
    XML_DECL +
    `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">` +
    `<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="${mimetype}"/>` +
    parts.map((p) => `<manifest:file-entry manifest:full-path="${p}" manifest:media-type="text/xml"/>`).join('') +
    `</manifest:manifest>`
  );
}

/** Default paragraph and cell language: Norwegian bokmål. */
export const ODF_LANG = 'fo:language="nb" fo:country="NO"';
