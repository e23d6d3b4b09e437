/**
 * The parts every Office Open XML package has, whatever the document kind: content types, the root
 * relationships and the core/app properties. Shared by the docx and xlsx writers.
 */
import { esc, XML_DECL } from './xml';

/** `[Content_Types].xml` with an override per part: [path, type after `…officedocument.`]. */
export function contentTypesXml(parts: [path: string, type: string][]): string {
  const override = (part: string, type: string) => `<Override PartName="${part}" ContentType="application/vnd.openxmlformats-officedocument.${type}"/>`;
  return (
    XML_DECL +
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    parts.map(([part, type]) => override(part, type)).join('') +
    `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
    override('/docProps/app.xml', 'extended-properties+xml') +
    `</Types>`
  );
}

/** `_rels/.rels`: the main part (e.g. `word/document.xml`) and the two property parts. */
export function rootRelsXml(mainPart: string): string {
  return (
    XML_DECL +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${mainPart}"/>` +
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>` +
    `</Relationships>`
  );
}

export function coreXml(title: string, description?: string): string {
  return (
    XML_DECL +
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${esc(title)}</dc:title>${description ? `<dc:description>${esc(description)}</dc:description>` : ''}<dc:creator>KommIT verktøykasse</dc:creator><dc:language>nb-NO</dc:language>` +
    `</cp:coreProperties>`
  );
}

export function appXml(): string {
  return XML_DECL + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>KommIT verktøykasse</Application></Properties>`;
}
