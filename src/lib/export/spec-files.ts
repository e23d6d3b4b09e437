/** Builds every download of one spec from its typed data. */
import type { Requirement, Spec } from '../schema';
import { itemUrl } from '../collections';
import { matrixRows, MATRIX_HEADER, toCsv } from './rows';
import { matrixXlsx } from './xlsx';
import { matrixOds, documentOdt } from './odf';
import { documentDocx, documentModel } from './document';
import type { DownloadFormat } from '../spec';

export const CONTENT_TYPES: Record<DownloadFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export function specJson(spec: Spec, requirements: Requirement[], siteUrl: string) {
  return { ...spec, url: new URL(itemUrl('specs', spec.id), siteUrl).toString(), requirements };
}

export async function specFile(format: DownloadFormat, spec: Spec, requirements: Requirement[], siteUrl: string): Promise<Buffer | string> {
  const rows = matrixRows(spec, requirements);
  const url = new URL(itemUrl('specs', spec.id), siteUrl).toString();
  const date = spec.changelog[0]?.date ?? spec.updated;
  switch (format) {
    case 'csv':
      return toCsv(MATRIX_HEADER, rows);
    case 'json':
      return JSON.stringify(specJson(spec, requirements, siteUrl), null, 2);
    case 'xlsx':
      return matrixXlsx({ title: spec.title, version: spec.version, date }, rows);
    case 'ods':
      return matrixOds(`${spec.title} – versjon ${spec.version}`, rows);
    case 'docx':
      return documentDocx(documentModel(spec, requirements, url));
    case 'odt':
      return documentOdt(documentModel(spec, requirements, url));
  }
}
