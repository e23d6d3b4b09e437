import type { Problem, Rule } from '../types';

const EXTERNAL_LINK_PATTERN = /\]\(((?:https?:|www\.|http)[^)\s]*)[^)]*\)|href=["']((?:https?:|www\.)[^"']*)["']/g;

export function isWebAddress(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname.includes('.');
  } catch {
    return false;
  }
}

export const externalLink: Rule = {
  name: 'external-link',
  description: 'a web link in a body that is not a complete https:// address',
  check({ items }) {
    const problems: Problem[] = [];
    for (const item of items) {
      item.parsed.body.split('\n').forEach((line, i) => {
        for (const match of line.matchAll(EXTERNAL_LINK_PATTERN)) {
          const url = (match[1] ?? match[2])!;
          if (!isWebAddress(url)) problems.push({ file: item.file, line: item.parsed.bodyStartLine + i, field: '(lenke)', message: `lenken «${url}» er ikke en fullstendig nettadresse; skriv den med https://, for eksempel https://www.digdir.no/` });
        }
      });
    }
    return problems;
  },
};
