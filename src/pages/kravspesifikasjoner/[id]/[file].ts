/** Downloads of each template, named with its version: `<slug>-v<version>.<ext>`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { siteData } from '../../../data/site';
import { specSet } from '../../../data/spec-sets';
import { DOWNLOAD_FORMATS, downloadName, type DownloadFormat } from '../../../lib/spec';
import { CONTENT_TYPES, specFile } from '../../../lib/export/spec-files';
import type { Requirement } from '../../../lib/schema';

export const getStaticPaths: GetStaticPaths = async () => {
  const { data } = await siteData();
  return data.specs.flatMap((entry) =>
    DOWNLOAD_FORMATS.map((format) => ({
      params: { id: entry.id, file: downloadName(entry.id, entry.data.version, format) },
      props: { format, entry, requirements: data.requirements.get(entry.id) ?? [] },
    })),
  );
};

export const GET: APIRoute = async ({ props, site }) => {
  const { format, entry, requirements } = props as { format: DownloadFormat; entry: CollectionEntry<'specs'>; requirements: Requirement[] };
  const body = await specFile(format, await specSet(entry, requirements, site));
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers: { 'Content-Type': CONTENT_TYPES[format] } });
};
