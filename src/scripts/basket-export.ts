/**
 * Loaded on demand (dynamic import) when the buyer exports her basket: the same builders and
 * writers the build uses for the template downloads, so none of them is on the page before she clicks.
 */
import type { RequirementSet } from '../lib/export/requirement-set';
import { requirementSetFile, type SetFormat } from '../lib/export/requirement-document';

const MIME: Record<SetFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

export async function basketFile(format: SetFormat, set: RequirementSet): Promise<Blob> {
  const content = await requirementSetFile(format, set);
  return new Blob([content as BlobPart], { type: MIME[format] });
}
