/**
 * Mermaid's SVG, made valid HTML for the W3C Nu checker: Mermaid writes `overflow` on shapes
 * (circle, rect, path …) where the SVG schema allows it only on elements that open a viewport.
 */
const VIEWPORT_ELEMENTS = new Set(['svg', 'symbol', 'marker', 'pattern', 'foreignObject', 'image']);

export function cleanMermaidSvg(svg: string): string {
  return svg.replace(/<([a-zA-Z][\w:-]*)(\s[^<>]*?)?(\/?)>/g, (whole, name: string, attributes: string | undefined, close: string) => {
    if (!attributes || VIEWPORT_ELEMENTS.has(name) || !/\soverflow=/.test(attributes)) return whole;
    return `<${name}${attributes.replace(/\soverflow="[^"]*"/g, '')}${close}>`;
  });
}
