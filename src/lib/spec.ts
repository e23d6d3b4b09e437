/** Pure helpers for requirement templates: grouping, counting and the per-version change list. */
import type { Requirement, Spec } from './schema';

export function activeRequirements(requirements: Requirement[]): Requirement[] {
  return requirements.filter((r) => !r.removedIn);
}

export function requirementsByCategory(spec: Pick<Spec, 'categories'>, requirements: Requirement[]) {
  return spec.categories
    .map((category) => ({ category, requirements: requirements.filter((r) => r.category === category.id) }))
    .filter((g) => g.requirements.length > 0);
}

export interface VersionChange {
  version: string;
  date: string;
  summary: string;
  added: Requirement[];
  changed: Requirement[];
  removed: Requirement[];
}

/** The changelog with requirement ids resolved to the requirements themselves, newest first. */
export function versionChanges(spec: Pick<Spec, 'changelog'>, requirements: Requirement[]): VersionChange[] {
  const byId = new Map(requirements.map((r) => [r.id, r]));
  const resolve = (ids: string[]) => ids.map((id) => byId.get(id)).filter((r): r is Requirement => r !== undefined);
  return spec.changelog.map((entry) => ({
    version: entry.version,
    date: entry.date,
    summary: entry.summary,
    added: resolve(entry.added),
    changed: resolve(entry.changed),
    removed: resolve(entry.removed),
  }));
}

export function downloadName(slug: string, version: string, ext: string): string {
  return `${slug}-v${version}.${ext}`;
}

export const DOWNLOAD_FORMATS = ['docx', 'odt', 'xlsx', 'ods', 'csv', 'json'] as const;

/** Tender documents that belong to each template version (src/lib/export/tender-documents.ts). */
export const TENDER_DOCUMENTS = { evalueringsmodell: ['xlsx', 'ods'], svarskjema: ['docx', 'odt', 'xlsx'] } as const;
export type TenderKind = keyof typeof TENDER_DOCUMENTS;

export function tenderDownloadName(slug: string, kind: TenderKind, version: string, ext: string): string {
  return `${slug}-${kind}-v${version}.${ext}`;
}

/** URLs of a template version's tender documents, by kind and format. */
export function tenderDownloads(pageUrl: string, slug: string, version: string): Record<TenderKind, Record<string, string>> {
  const out = {} as Record<TenderKind, Record<string, string>>;
  for (const [kind, formats] of Object.entries(TENDER_DOCUMENTS) as [TenderKind, readonly string[]][]) {
    out[kind] = Object.fromEntries(formats.map((f) => [f, `${pageUrl}${tenderDownloadName(slug, kind, version, f)}`]));
  }
  return out;
}
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];
