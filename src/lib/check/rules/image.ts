import { visit } from 'unist-util-visit';
import type { CheckedItem, CheckOptions, Problem, Rule } from '../types';

const IMAGE_PATTERN = /!\[([^\]]*)\]\(([^)\s]+)[^)]*\)|<img\b([^>]*)>/g;

interface FoundImage { line: number; alt: string | undefined; src: string | undefined }

/** Images as the MDX parser sees them (so `<img>` inside code is text); the raw lines when the body did not parse. */
function imagesOf(item: CheckedItem): FoundImage[] {
  const found: FoundImage[] = [];
  if (item.tree) {
    visit(item.tree, (node) => {
      const any = node as unknown as { type: string; url?: string; alt?: string | null; name?: string; attributes?: { type: string; name?: string; value?: unknown }[]; position?: { start: { line: number } } };
      const line = any.position?.start.line ?? item.parsed.bodyStartLine;
      if (any.type === 'image') found.push({ line, alt: any.alt ?? undefined, src: any.url });
      if ((any.type === 'mdxJsxFlowElement' || any.type === 'mdxJsxTextElement') && any.name === 'img') {
        const attr = (name: string) => {
          const value = any.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
          return typeof value === 'string' ? value : undefined;
        };
        found.push({ line, alt: attr('alt'), src: attr('src') });
      }
    });
    return found;
  }
  item.parsed.body.split('\n').forEach((text, i) => {
    for (const match of text.matchAll(IMAGE_PATTERN)) {
      const alt = match[3] !== undefined ? /\balt=["']([^"']*)["']/.exec(match[3])?.[1] : match[1];
      const src = match[3] !== undefined ? /\bsrc=["']([^"']*)["']/.exec(match[3])?.[1] : match[2];
      found.push({ line: item.parsed.bodyStartLine + i, alt, src });
    }
  });
  return found;
}

function imageProblems(item: CheckedItem, options: CheckOptions): Problem[] {
  const problems: Problem[] = [];
  for (const { line, alt, src } of imagesOf(item)) {
    const at = { file: item.file, line, field: '(bilde)' };
    if (!alt || !alt.trim()) problems.push({ ...at, message: `bildet «${src ?? ''}» mangler alternativ tekst; beskriv hva bildet viser, for eksempel ![Kart over saksgangen](${src ?? 'bilde.png'})` });
    if (src && !/^[a-z][a-z0-9+.-]*:/i.test(src) && options.assetExists && !options.assetExists(src, item.file)) {
      problems.push({ ...at, message: `bildefilen «${src}» finnes ikke; legg den i public/ eller ved siden av innholdsfilen` });
    }
  }
  return problems;
}

export const image: Rule = {
  name: 'image',
  description: 'an image without alternative text, or whose file does not exist',
  check: ({ items, options }) => items.flatMap((item) => imageProblems(item, options)),
};
