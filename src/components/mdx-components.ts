import MdxMermaid from './MdxMermaid.astro';
import MdxLink from './MdxLink.astro';

/** Components every MDX body may use; pass as <Content components={mdxComponents} />. */
export const mdxComponents = { MermaidDiagram: MdxMermaid, a: MdxLink };
