import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import { visit } from 'unist-util-visit';
import type { Problem, Rule } from '../types';

/** Element ids every item page uses (scripts/check.ts reads the current lists per collection from src/). */
export const PAGE_IDS = ['hovedinnhold', 'sok-topp', 'kilder', 'brukes-i', 'relatert', 'hele-kjeden'];

export const headingIdCollision: Rule = {
  name: 'heading-id-collision',
  description: 'a body heading whose id would repeat an id the page itself uses (such as «Kilder»)',
  check({ items, options }) {
    const problems: Problem[] = [];
    for (const item of items) {
      if (!item.tree) continue;
      const taken = new Set(options.pageIds?.[item.collection] ?? PAGE_IDS);
      // Astro gives headings ids with github-slugger, as here.
      const slugger = new GithubSlugger();
      visit(item.tree, 'heading', (node: Heading) => {
        const text = toString(node);
        const id = slugger.slug(text);
        if (taken.has(id)) {
          problems.push({ file: item.file, line: node.position?.start.line ?? item.parsed.bodyStartLine, field: '(overskrift)', message: `overskriften «${text}» får id-en «${id}», som siden selv bruker til en egen seksjon; velg en annen overskrift` });
        }
      });
    }
    return problems;
  },
};
