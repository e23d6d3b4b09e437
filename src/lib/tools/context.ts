/** What every tool builder reads: the service, the benefit base, titles to link to, and the version date. */
import type { Inline } from '../export/model';
import type { BenefitBase } from '../schema';
import type { Service } from '../service';
import { TOOLS, toolFileUrl, type ToolId, type ToolFormat } from './registry';

export interface ToolContext {
  service: Service;
  base: BenefitBase;
  /** Titles of templates (specs) and standards/common components by id. */
  titles: { specs: Record<string, string>; standards: Record<string, string> };
  /** The site's absolute address, only when SITE_URL is set: without it, documents show paths as text. */
  siteUrl?: string;
  /** Version date of the downloads (YYYY-MM-DD). */
  date: string;
}

/** The version date of a service's downloads: the newest of its content and the benefit base. */
export function versionDate(service: Service, base: BenefitBase): string {
  return [service.updated, base.updated].sort().at(-1)!;
}

/** A link to a page of the toolkit: a hyperlink when the site address is known, else the path as text. */
export function pageLink(ctx: ToolContext, text: string, path: string): Inline[] {
  if (!ctx.siteUrl) return [{ text }, { text: ` (${path})`, italic: true }];
  return [{ text, href: new URL(path, ctx.siteUrl).toString() }];
}

/** Like pageLink, but only the text when the site address is unknown (for short documents). */
export function shortLink(ctx: ToolContext, text: string, path: string): Inline[] {
  return ctx.siteUrl ? [{ text, href: new URL(path, ctx.siteUrl).toString() }] : [{ text }];
}

export function pageAddress(ctx: ToolContext, path: string): string {
  return ctx.siteUrl ? new URL(path, ctx.siteUrl).toString() : path;
}

export function toolUrl(ctx: ToolContext, tool: ToolId, format: ToolFormat): string {
  return toolFileUrl(ctx.service.id, tool, ctx.date, format);
}

export const toolTitle = (id: ToolId) => TOOLS.find((t) => t.id === id)!.title;

export const ESTIMATE_NOTE =
  'Tallene er anslag regnet med verktøykassens standardverdier. Standardverdiene er danske og eldre anslag og eksempelverdier, ikke norske fakta: erstatt dem med kommunens egne tall.';
