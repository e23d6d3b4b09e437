/**
 * Downloads of each template, named with its version: `<slug>-v<version>.<ext>`, and its tender
 * documents: `<slug>-evalueringsmodell-v<version>.xlsx`, `<slug>-svarskjema-v<version>.docx` …
 */
import { withCacheKey } from '../../../data/build-digest';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { siteData } from '../../../data/site';
import { specSet } from '../../../data/spec-sets';
import { specDataAt, specVersionStates, versionNotice } from '../../../data/spec-versions';
import { DOWNLOAD_FORMATS, TENDER_DOCUMENTS, downloadName, tenderDownloadName, type DownloadFormat, type TenderKind } from '../../../lib/spec';
import { CONTENT_TYPES, specFile } from '../../../lib/export/spec-files';
import { tenderFile, type TenderFormat } from '../../../lib/export/tender-documents';
import type { Requirement } from '../../../lib/schema';
import { timePhase } from '../../../node/phase-timer';
// Office files are zipped with zlib in Node's thread pool while pages render.
import '../../../node/zip';

interface Props {
  format: DownloadFormat;
  kind?: TenderKind;
  entry: CollectionEntry<'specs'>;
  requirements: Requirement[];
  /** For an older version: its spec data and where it comes from. */
  older?: { spec: CollectionEntry<'specs'>['data']; notice?: string };
}

export const getStaticPaths: GetStaticPaths = async () => {
  const { data } = await siteData();
  return withCacheKey(data.specs.flatMap((entry) => {
    const requirements = data.requirements.get(entry.id) ?? [];
    const version = entry.data.version;
    return [
      ...DOWNLOAD_FORMATS.map((format) => ({ params: { id: entry.id, file: downloadName(entry.id, version, format) }, props: { format, entry, requirements } })),
      // Every older version in the changelog keeps its six downloads.
      ...specVersionStates(entry, requirements)
        .filter((state) => state.source !== 'current')
        .flatMap((state) =>
          DOWNLOAD_FORMATS.map((format) => ({
            params: { id: entry.id, file: downloadName(entry.id, state.version, format) },
            props: { format, entry, requirements: state.requirements, older: { spec: specDataAt(entry.data, state), notice: versionNotice(state, version) } },
          })),
        ),
      ...(Object.entries(TENDER_DOCUMENTS) as [TenderKind, readonly TenderFormat[]][]).flatMap(([kind, formats]) =>
        formats.map((format) => ({ params: { id: entry.id, file: tenderDownloadName(entry.id, kind, version, format) }, props: { format, kind, entry, requirements } })),
      ),
    ];
  }));
};

const respond: APIRoute = async ({ props, site }) => {
  const { format, kind, entry, requirements, older } = props as Props;
  const set = await specSet(entry, requirements, site, older?.spec, older?.notice);
  const body = kind ? await tenderFile(kind, format as TenderFormat, set) : await specFile(format, set);
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers: { 'Content-Type': CONTENT_TYPES[format] } });
};

export const GET: APIRoute = (context) => timePhase('downloads', async () => respond(context));
