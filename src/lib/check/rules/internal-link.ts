import type { Link } from 'mdast';
import { visit } from 'unist-util-visit';
import { itemUrl } from '../../collections';
import { staticRoutes } from '../../routes';
import { hintFor, type CheckContext, type Problem, type Rule } from '../types';

const LINK_PATTERN = /\]\((\/[^)\s]*)\)|href=["'](\/[^"']*)["']/g;

function knownPages({ ids, requirementIds }: CheckContext) {
  const known = new Set(staticRoutes());
  for (const [collection, map] of ids) for (const id of map.keys()) known.add(itemUrl(collection, id));
  const anchors = new Map<string, Set<string>>();
  for (const req of requirementIds.values()) {
    const url = itemUrl('specs', req.spec);
    anchors.set(url, (anchors.get(url) ?? new Set()).add(req.data.id));
  }
  return { known, anchors };
}

export const internalLink: Rule = {
  name: 'internal-link',
  description: 'a link in a body (site-relative or relative) to a page or requirement anchor that will not exist',
  check(context) {
    const { known, anchors } = knownPages(context);
    const problems: Problem[] = [];
    const test = (file: string, line: number, target: string, resolved: string) => {
      const [pathPart, anchor] = resolved.split('#') as [string, string | undefined];
      const path = pathPart.endsWith('/') || pathPart.includes('.') ? pathPart : `${pathPart}/`;
      if (!known.has(path)) {
        problems.push({ file, line, field: '(lenke)', message: `lenken «${target}» peker til en side som ikke finnes${hintFor(path, known)}` });
      } else if (anchor && anchors.has(path) && !anchors.get(path)!.has(anchor)) {
        problems.push({ file, line, field: '(lenke)', message: `lenken «${target}» peker til et krav som ikke finnes på siden` });
      }
    };
    for (const item of context.items) {
      item.parsed.body.split('\n').forEach((line, i) => {
        for (const match of line.matchAll(LINK_PATTERN)) {
          const target = (match[1] ?? match[2])!;
          test(item.file, item.parsed.bodyStartLine + i, target, target);
        }
      });
      // Relative links (`../prinsipper/x/`, `annen-side/`) resolve against the page's own address.
      if (!item.tree) continue;
      const page = new URL(itemUrl(item.collection, item.id), 'https://nettsted.invalid');
      visit(item.tree, 'link', (node: Link) => {
        const url = node.url;
        if (!url || /^([a-z][a-z0-9+.-]*:|\/|#|\?|www\.|http)/i.test(url)) return;
        const resolved = new URL(url, page);
        test(item.file, node.position?.start.line ?? item.parsed.bodyStartLine, url, resolved.pathname + resolved.hash);
      });
    }
    return problems;
  },
};
