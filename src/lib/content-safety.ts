/**
 * Content is data (DESIGN.md §8): an MDX body is Markdown, never a program, and every address in
 * content is a web page, a mail address or a page on this site. Used by `npm run check` (as a rule)
 * and by the build (as the first Sätteri mdast plugin, src/lib/satteri-plugins.ts), so that skipping
 * the check cannot publish script.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** Schemes a link, image or URL field may use. Anything else (javascript:, data:, vbscript: …) is refused. */
export const ALLOWED_SCHEMES = ['https:', 'http:', 'mailto:'] as const;

/**
 * Raw HTML elements a body may use. No scripts, frames, objects, styles, forms or SVG. A future
 * component (capitalised JSX name) must be added here by name — never by opening the door.
 */
export const ALLOWED_ELEMENTS = new Set([
  'abbr', 'b', 'br', 'cite', 'code', 'dd', 'del', 'details', 'dfn', 'dl', 'dt', 'em', 'figcaption', 'figure',
  'i', 'img', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'u', 'var',
  'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption',
]);

/** Attributes those elements may carry, always as plain text values. */
export const ALLOWED_ATTRIBUTES = new Set(['href', 'src', 'alt', 'title', 'lang', 'colspan', 'rowspan', 'scope', 'open', 'width', 'height']);

const URL_ATTRIBUTES = new Set(['href', 'src']);

const NAMED_ENTITIES: Record<string, string> = {
  colon: ':', tab: '\t', newline: '\n', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", sol: '/', period: '.', lpar: '(', rpar: ')',
};

/** Decodes HTML character references, so `java&#115;cript:` and `&Tab;` cannot hide a scheme. */
export function decodeEntities(value: string): string {
  let previous = '';
  let current = value;
  // Decode repeatedly: `&amp;#106;` is still a character reference once it reaches a browser's attribute parser twice.
  for (let i = 0; i < 3 && current !== previous; i++) {
    previous = current;
    current = current.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, ref: string) => {
      if (ref[0] === '#') {
        const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      }
      return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
    });
  }
  return current;
}

/** Why the address is refused, or undefined when it is https:, http:, mailto: or a path on this site. */
export function unsafeUrlReason(raw: string): string | undefined {
  let decoded = decodeEntities(raw);
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // A lone % is not a scheme trick; keep the text as it is.
  }
  // Browsers drop whitespace and control characters inside a scheme (`java\tscript:`).
  // eslint-disable-next-line no-control-regex
  const compact = decoded.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
  if (scheme && !(ALLOWED_SCHEMES as readonly string[]).includes(`${scheme}:`)) {
    return `adressen bruker «${scheme}:», som ikke er tillatt; bruk https://, http://, mailto: eller en sti på nettstedet som /prinsipper/`;
  }
  if (!scheme && /^[\\]/.test(compact)) return 'adressen starter med en omvendt skråstrek; skriv en vanlig sti som /prinsipper/';
  return undefined;
}

/** An SVG can carry script; images must be raster files (png, jpg, webp, gif, avif). */
export function isSvgAddress(url: string): boolean {
  const path = decodeEntities(url).split(/[?#]/)[0]!.trim().toLowerCase();
  return path.endsWith('.svg') || path.endsWith('.svgz') || /^data:image\/svg/.test(path);
}

export interface SafetyIssue {
  line: number;
  column: number;
  field: string;
  message: string;
}

interface Positioned { position?: { start: { line: number; column: number } } }
interface JsxAttribute { type: string; name?: string; value?: unknown }

const position = (node: Positioned) => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });

type CheckedNode = Positioned & { type: string; url?: string; name?: string | null; attributes?: JsxAttribute[]; value?: string };

/** The node types that can carry something other than plain Markdown. */
export const CHECKED_NODE_TYPES = ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'link', 'definition', 'image', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'html'] as const;

/** Why one node is not plain Markdown (empty when it is). */
export function unsafeNodeIssues(node: CheckedNode): SafetyIssue[] {
  const issues: SafetyIssue[] = [];
  const add = (at: Positioned, field: string, message: string) => issues.push({ ...position(at), field, message });
  const checkUrl = (at: Positioned, url: string, field: string, image: boolean) => {
    const reason = unsafeUrlReason(url);
    if (reason) add(at, field, reason);
    else if (image && isSvgAddress(url)) add(at, '(bilde)', `SVG-bilder er ikke tillatt («${url}»), fordi de kan inneholde skript; bruk PNG eller JPG`);
  };
  switch (node.type) {
    case 'mdxjsEsm':
      add(node, '(MDX)', 'import og export er ikke tillatt i innholdsfiler; innholdet er tekst, ikke kode');
      break;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      add(node, '(MDX)', 'krøllparenteser { } er kode i MDX og er ikke tillatt; skriv \\{ og \\} hvis du mener tegnene');
      break;
    case 'link':
    case 'definition':
      checkUrl(node, node.url ?? '', '(lenke)', false);
      break;
    case 'image':
      checkUrl(node, node.url ?? '', '(bilde)', true);
      break;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      if (!ALLOWED_ELEMENTS.has(name)) {
        add(node, '(HTML)', name
          ? `elementet <${name}> er ikke tillatt i innholdsfiler; bruk Markdown (tillatt HTML: ${[...ALLOWED_ELEMENTS].slice(0, 8).join(', ')} …)`
          : 'tomme elementer <> er ikke tillatt i innholdsfiler');
        break;
      }
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute') {
          add(node, '(HTML)', `elementet <${name}> har en {…}-egenskap; egenskaper må være vanlig tekst`);
          continue;
        }
        const attr = (attribute.name ?? '').toLowerCase();
        if (typeof attribute.value === 'object' && attribute.value !== null) {
          add(node, '(HTML)', `egenskapen ${attr} på <${name}> er kode ({…}); skriv en vanlig tekstverdi i anførselstegn`);
        } else if (/^on/.test(attr)) {
          add(node, '(HTML)', `hendelsesegenskaper som ${attr} er ikke tillatt; innholdet kan ikke kjøre skript`);
        } else if (!ALLOWED_ATTRIBUTES.has(attr)) {
          add(node, '(HTML)', `egenskapen ${attr} på <${name}> er ikke tillatt (tillatt: ${[...ALLOWED_ATTRIBUTES].join(', ')})`);
        } else if (URL_ATTRIBUTES.has(attr) && typeof attribute.value === 'string') {
          checkUrl(node, attribute.value, name === 'img' ? '(bilde)' : '(lenke)', name === 'img');
        }
      }
      break;
    }
    case 'html':
      // Plain Markdown (.md) keeps raw HTML as text; only MDX parses it. Refuse it outright.
      add(node, '(HTML)', 'rå HTML er ikke tillatt her; bruk Markdown');
      break;
  }
  return issues;
}

/** Every reason the body is not plain Markdown, in document order. */
export function findUnsafeContent(tree: Root): SafetyIssue[] {
  const issues: SafetyIssue[] = [];
  visit(tree, (node) => {
    issues.push(...unsafeNodeIssues(node as unknown as CheckedNode));
  });
  return issues;
}
