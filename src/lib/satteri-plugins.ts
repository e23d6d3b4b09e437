/**
 * The build's Markdown steps as Sätteri mdast plugins (Astro 7's Rust Markdown/MDX processor):
 * content safety stops the build at the first unsafe construct, even when `npm run check` was
 * skipped (DESIGN.md §8), and ```mermaid fences become <MermaidDiagram> elements that the pages
 * draw at build time. The rules themselves are the same functions the check uses.
 */
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginInstance, type MdastVisitorContext } from 'satteri';
import { CHECKED_NODE_TYPES, unsafeNodeIssues } from './content-safety';

/** The optional title of a fence: ```mermaid title="Saksgangen" */
export function fenceTitle(meta: string | null | undefined): string | undefined {
  return /title="([^"]*)"/.exec(meta ?? '')?.[1];
}

type CheckedNode = Parameters<typeof unsafeNodeIssues>[0];

function refuseUnsafe(node: unknown, ctx: MdastVisitorContext): undefined {
  const first = unsafeNodeIssues(node as CheckedNode)[0];
  if (first) {
    const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '(ukjent fil)';
    throw new Error(`${file}:${first.line}:${first.column} Innholdet er refusert ${first.field}: ${first.message}`);
  }
  return undefined;
}

export const contentSafetyPlugin = defineMdastPlugin({
  name: 'kommit-content-safety',
  options: { position: true },
  ...(Object.fromEntries(CHECKED_NODE_TYPES.map((type) => [type, refuseUnsafe])) as MdastPluginInstance),
});

export const mermaidFigurePlugin = defineMdastPlugin({
  name: 'kommit-mermaid-figure',
  code(node) {
    if (node.lang !== 'mermaid') return undefined;
    const title = fenceTitle(node.meta);
    const attributes = [{ type: 'mdxJsxAttribute' as const, name: 'code', value: node.value }];
    if (title) attributes.push({ type: 'mdxJsxAttribute', name: 'title', value: title });
    return { type: 'mdxJsxFlowElement', name: 'MermaidDiagram', attributes, children: [] } as never;
  },
});
