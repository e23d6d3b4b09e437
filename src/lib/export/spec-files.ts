/** Builds every download of one template version from its RequirementSet. */
import type { DownloadFormat } from '../spec';
import type { RequirementSet } from './requirement-set';
import { requirementSetFile } from './requirement-document';

export const CONTENT_TYPES: Record<DownloadFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export function specFile(format: DownloadFormat, set: RequirementSet): Promise<Uint8Array | string> {
  return requirementSetFile(format, set);
}
