/**
 * Turns ```mermaid fences in MDX into <MermaidDiagram code="…" title="…" /> elements, which the
 * pages map to a build-time rendered figure. The optional title comes from the fence meta:
 * ```mermaid title="Saksgangen"
 */
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';

export function fenceTitle(meta: string | null | undefined): string | undefined {
  const match = /title="([^"]*)"/.exec(meta ?? '');
  return match?.[1];
}

export default function remarkMermaidFigure() {
  return (tree: Root) => {
    visit(tree, 'code', (node: Code, index, parent) => {
      if (node.lang !== 'mermaid' || !parent || index === undefined) return;
      const title = fenceTitle(node.meta);
      const attributes = [{ type: 'mdxJsxAttribute', name: 'code', value: node.value }];
      if (title) attributes.push({ type: 'mdxJsxAttribute', name: 'title', value: title });
      parent.children.splice(index, 1, { type: 'mdxJsxFlowElement', name: 'MermaidDiagram', attributes, children: [] } as never);
    });
  };
}
