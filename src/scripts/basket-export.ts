/**
 * Loaded on demand (dynamic import) when the buyer exports her basket: the same generators the
 * build uses for the template downloads, so nothing of them is on the page before she clicks.
 */
import type { RequirementSet } from '../lib/export/requirement-set';
import type { DownloadFormat } from '../lib/spec';
import { MATRIX_HEADER, toCsv } from '../lib/export/rows';
import { REQUIREMENT_TYPE_LABELS } from '../lib/labels';

const MIME: Record<DownloadFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

// Interim until the shared builders (requirementSetFile) are merged: CSV and JSON only.
async function requirementSetFile(format: DownloadFormat, set: RequirementSet): Promise<Uint8Array | string> {
  if (format === 'json') return JSON.stringify(set, null, 2);
  if (format === 'csv') {
    const rows = set.groups.flatMap((g) =>
      g.requirements.map((r) => [r.id, g.categoryTitle, r.text, REQUIREMENT_TYPE_LABELS[r.type], r.weight === undefined ? '' : String(r.weight), r.motive, r.verification, r.guidance, '', '', '', '']),
    );
    return toCsv(MATRIX_HEADER, rows);
  }
  throw new Error(`${format} is not available yet`);
}

export async function basketFile(format: DownloadFormat, set: RequirementSet): Promise<Blob> {
  const content = await requirementSetFile(format, set);
  return new Blob([content as BlobPart], { type: MIME[format] });
}
