/** The services and their tool contexts, built once per build from the content graph. */
import { siteData } from './site';
import { benefitBase } from '../node/benefit-base';
import { services, type Service } from '../lib/service';
import { versionDate, type ToolContext } from '../lib/tools/context';
import { TOOLS, toolFileUrl, type ToolFormat, type ToolId } from '../lib/tools/registry';

let cached: Promise<ToolContext[]> | undefined;

/** Absolute links in downloads only when the site's real address is configured (no placeholder domain). */
export const configuredSiteUrl = (): string | undefined => process.env.SITE_URL || undefined;

async function load(): Promise<ToolContext[]> {
  const { data } = await siteData();
  const base = benefitBase();
  const titles = {
    specs: Object.fromEntries(data.specs.map((s) => [s.id, s.data.title])),
    standards: Object.fromEntries(data.standards.map((s) => [s.id, s.data.title])),
  };
  return services(data.journeys, data.processes).map((service: Service) => ({
    service,
    base,
    titles,
    siteUrl: configuredSiteUrl(),
    date: versionDate(service, base),
  }));
}

export function toolContexts(): Promise<ToolContext[]> {
  cached ??= load();
  return cached;
}

export interface ToolDownload {
  service: string;
  serviceTitle: string;
  tool: ToolId;
  toolTitle: string;
  format: ToolFormat;
  url: string;
}

export async function toolDownloads(): Promise<ToolDownload[]> {
  return (await toolContexts()).flatMap((ctx) =>
    TOOLS.flatMap((tool) =>
      tool.formats.map((format) => ({
        service: ctx.service.id,
        serviceTitle: ctx.service.title,
        tool: tool.id,
        toolTitle: tool.title,
        format,
        url: toolFileUrl(ctx.service.id, tool.id, ctx.date, format),
      })),
    ),
  );
}
