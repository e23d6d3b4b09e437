/** Every tool download of every service: `/verktoy/<service>/<service>-<tool>-<date>.<ext>`. */
import { siteDigest, withCacheKey } from '../../../data/build-digest';
import type { APIRoute, GetStaticPaths } from 'astro';
import { toolContexts } from '../../../data/tools';
import { TOOL_CONTENT_TYPES, TOOLS, toolFileName, type ToolFormat, type ToolId } from '../../../lib/tools/registry';
import type { ToolContext } from '../../../lib/tools/context';
import type { DownloadJob } from '../../../lib/downloads';
import { download, prefetchDownloads, prefetchWanted } from '../../../node/download-pool';
import { timePhase } from '../../../node/phase-timer';
// Office files are zipped with zlib in Node's thread pool while pages render.
import '../../../node/zip';

type Props = { ctx: ToolContext; tool: ToolId; format: ToolFormat };

const job = ({ ctx, tool, format }: Props): DownloadJob => ({ kind: 'tool', tool, format, ctx });
const key = (params: { service: string; file: string }) => `verktoy/${params.service}/${params.file}`;

export const getStaticPaths: GetStaticPaths = async () => {
  const paths = withCacheKey((await toolContexts()).flatMap((ctx) =>
    TOOLS.flatMap((tool) =>
      tool.formats.map((format) => ({
        params: { service: ctx.service.id, file: toolFileName(ctx.service.id, tool.id, ctx.date, format) },
        props: { ctx, tool: tool.id, format },
      })),
    ),
  ));
  if (prefetchWanted(siteDigest())) prefetchDownloads(paths.map((p) => [key(p.params), () => job(p.props)]));
  return paths;
};

const respond: APIRoute = async ({ props, params }) => {
  const p = props as Props;
  const body = await download(key(params as { service: string; file: string }), () => job(p));
  return new Response(body as BodyInit, { headers: { 'Content-Type': TOOL_CONTENT_TYPES[p.format] } });
};

export const GET: APIRoute = (context) => timePhase('downloads', async () => respond(context));
