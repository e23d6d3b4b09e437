/** Every tool download of every service: `/verktoy/<service>/<service>-<tool>-<date>.<ext>`. */
import { withCacheKey } from '../../../data/build-digest';
import type { APIRoute, GetStaticPaths } from 'astro';
import { toolContexts } from '../../../data/tools';
import { renderTool } from '../../../lib/tools/files';
import { TOOL_CONTENT_TYPES, TOOLS, toolFileName, type ToolFormat, type ToolId } from '../../../lib/tools/registry';
import type { ToolContext } from '../../../lib/tools/context';
import { timePhase } from '../../../node/phase-timer';
// Office files are zipped with zlib in Node's thread pool while pages render.
import '../../../node/zip';

export const getStaticPaths: GetStaticPaths = async () =>
  withCacheKey((await toolContexts()).flatMap((ctx) =>
    TOOLS.flatMap((tool) =>
      tool.formats.map((format) => ({
        params: { service: ctx.service.id, file: toolFileName(ctx.service.id, tool.id, ctx.date, format) },
        props: { ctx, tool: tool.id, format },
      })),
    ),
  ));

const respond: APIRoute = async ({ props }) => {
  const { ctx, tool, format } = props as { ctx: ToolContext; tool: ToolId; format: ToolFormat };
  const body = await renderTool(tool, format, ctx);
  return new Response(body as BodyInit, { headers: { 'Content-Type': TOOL_CONTENT_TYPES[format] } });
};

export const GET: APIRoute = (context) => timePhase('downloads', async () => respond(context));
