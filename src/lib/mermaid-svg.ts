/**
 * Mermaid's SVG, made valid HTML for the W3C Nu checker: Mermaid writes `overflow` on shapes
 * (circle, rect, path …) where the SVG schema allows it only on elements that open a viewport,
 * `name` on the lines and boxes of sequence diagrams, which no SVG element has, and `width`/`height`
 * on the circles of state diagrams, `viewBox` on paths and empty `font-weight` (mind maps).
 */
const VIEWPORT_ELEMENTS = new Set(['svg', 'symbol', 'marker', 'pattern', 'foreignObject', 'image']);
const SIZELESS_SHAPES = new Set(['circle', 'ellipse', 'line', 'path', 'polygon', 'polyline']);

export function cleanMermaidSvg(svg: string): string {
  return svg.replace(/<([a-zA-Z][\w:-]*)(\s[^<>]*?)?(\/?)>/g, (whole, name: string, attributes: string | undefined, close: string) => {
    if (!attributes || !/\s(overflow|name|width|height|viewBox|font-weight)=/.test(attributes)) return whole;
    let kept = attributes.replace(/\sname="[^"]*"/g, '').replace(/\sfont-(weight|style)=""/g, '');
    if (!VIEWPORT_ELEMENTS.has(name)) kept = kept.replace(/\s(overflow|viewBox)="[^"]*"/g, '');
    if (SIZELESS_SHAPES.has(name)) kept = kept.replace(/\s(width|height)="[^"]*"/g, '');
    return `<${name}${kept}${close}>`;
  });
}
