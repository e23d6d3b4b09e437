/**
 * Downloads of each template, named with its version: `<slug>-v<version>.<ext>`, and its tender
 * documents: `<slug>-evalueringsmodell-v<version>.xlsx`, `<slug>-svarskjema-v<version>.docx` …
 */
import { siteDigest, withCacheKey } from '../../../data/build-digest';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { siteData } from '../../../data/site';
import { specSet } from '../../../data/spec-sets';
import { specDataAt, specVersionStates, versionNotice } from '../../../data/spec-versions';
import { DOWNLOAD_FORMATS, TENDER_DOCUMENTS, downloadName, tenderDownloadName, type DownloadFormat, type TenderKind } from '../../../lib/spec';
import { CONTENT_TYPES } from '../../../lib/export/spec-files';
import type { TenderFormat } from '../../../lib/export/tender-documents';
import type { DownloadJob } from '../../../lib/downloads';
import type { Requirement } from '../../../lib/schema';
import { astroSite, download, prefetchDownloads, prefetchWanted } from '../../../node/download-pool';
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

type Site = URL | string | undefined;

async function job({ format, kind, entry, requirements, older }: Props, site: Site): Promise<DownloadJob> {
  const set = await specSet(entry, requirements, site, older?.spec, older?.notice);
  return kind ? { kind: 'tender', tender: kind, format: format as TenderFormat, set } : { kind: 'spec', format, set };
}

const key = (params: { id: string; file: string }, site: Site) => `kravspesifikasjoner/${params.id}/${params.file} ${String(site ?? '')}`;

export const getStaticPaths: GetStaticPaths = async () => {
  const { data } = await siteData();
  const paths = withCacheKey(data.specs.flatMap((entry) => {
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
  if (prefetchWanted(siteDigest())) {
    const site = astroSite();
    prefetchDownloads(paths.map((p) => [key(p.params, site), () => job(p.props as Props, site)]));
  }
  return paths;
};

const respond: APIRoute = async ({ props, params, site }) => {
  const p = props as Props;
  const body = await download(key(params as { id: string; file: string }, site), () => job(p, site));
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers: { 'Content-Type': CONTENT_TYPES[p.format] } });
};

export const GET: APIRoute = (context) => timePhase('downloads', async () => respond(context));
