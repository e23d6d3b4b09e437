import MdxMermaid from './MdxMermaid.astro';

/** Components every MDX body may use; pass as <Content components={mdxComponents} />. */
export const mdxComponents = { MermaidDiagram: MdxMermaid };
