/** Small XML and zip helpers shared by the four writers. Browser-safe: no Buffer, fs or path. */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Inline, Inlines } from '../model';

/** Characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF). */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters XML cannot hold. The content check refuses them too; this is defence in depth. */
export const stripInvalidXml = (text: string): string => text.replace(INVALID_XML, '');

/** Escapes text for element content and attribute values (after stripping invalid characters). */
export const esc = (text: string | number): string =>
  stripInvalidXml(String(text)).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const toRuns = (content: Inlines): Inline[] => (typeof content === 'string' ? [{ text: content }] : content);

/** Only absolute http(s) links become hyperlinks; anything else is rendered as text. */
export const safeHref = (href: string | undefined): string | undefined => (href && /^https?:\/\//.test(href) ? href : undefined);

/**
 * Splits a total into integer parts proportional to the weights; the parts sum exactly to the total
 * (the last part takes the rounding remainder).
 */
export function scaleWidths(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + (b > 0 ? b : 0), 0) || 1;
  const parts = weights.map((w) => Math.floor(((w > 0 ? w : 0) / sum) * total));
  parts[parts.length - 1]! += total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

export type ZipEntries = [path: string, content: string][];

/**
 * Every entry gets this fixed time (DOS time has no zone: local 1 January 1980), so the same
 * document always gives the same bytes; a rebuild can then be compared with a clean build.
 */
export const ZIP_TIME = new Date(1980, 0, 1);

export interface ZipPart { name: string; content: string; store: boolean }
/** Puts the parts in a zip, in order; a `store` part is kept uncompressed. */
export type Zipper = (parts: ZipPart[]) => Promise<Uint8Array>;

export const fflateZipper: Zipper = async (parts) => {
  const files: Zippable = {};
  for (const part of parts) files[part.name] = [strToU8(part.content), { level: part.store ? 0 : 6, mtime: ZIP_TIME }];
  return zipSync(files);
};

let zipper: Zipper = fflateZipper;

/**
 * fflate runs everywhere, the browser included. The build swaps in zlib (src/node/zip.ts), which
 * compresses in Node's thread pool while the pages go on rendering.
 */
export function useZipper(next: Zipper): void {
  zipper = next;
}

/** Zips the parts in order; the first entry (ODF `mimetype`) is stored uncompressed when `storeFirst`. */
export async function zipParts(entries: ZipEntries, storeFirst: boolean): Promise<Uint8Array> {
  return zipper(entries.map(([name, content], i) => ({ name, content, store: i === 0 && storeFirst })));
}
