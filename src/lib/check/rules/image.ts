import type { Problem, Rule } from '../types';

const IMAGE_PATTERN = /!\[([^\]]*)\]\(([^)\s]+)[^)]*\)|<img\b([^>]*)>/g;

export const image: Rule = {
  name: 'image',
  description: 'an image without alternative text, or whose file does not exist',
  check({ items, options }) {
    const problems: Problem[] = [];
    for (const item of items) {
      item.parsed.body.split('\n').forEach((line, i) => {
        const at = { file: item.file, line: item.parsed.bodyStartLine + i };
        for (const match of line.matchAll(IMAGE_PATTERN)) {
          const alt = match[3] !== undefined ? /\balt=["']([^"']*)["']/.exec(match[3])?.[1] : match[1];
          const src = match[3] !== undefined ? /\bsrc=["']([^"']*)["']/.exec(match[3])?.[1] : match[2];
          if (!alt || !alt.trim()) problems.push({ ...at, field: '(bilde)', message: `bildet «${src ?? ''}» mangler alternativ tekst; beskriv hva bildet viser, for eksempel ![Kart over saksgangen](${src ?? 'bilde.png'})` });
          if (src && !/^[a-z][a-z0-9+.-]*:/i.test(src) && options.assetExists && !options.assetExists(src, item.file)) {
            problems.push({ ...at, field: '(bilde)', message: `bildefilen «${src}» finnes ikke; legg den i public/ eller ved siden av innholdsfilen` });
          }
        }
      });
    }
    return problems;
  },
};
