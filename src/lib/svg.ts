/**
 * Makes a rendered Mermaid SVG an image with an accessible name: the text version next to it
 * carries the content, so screen readers get one clear label instead of scattered SVG text.
 */
export function accessibleSvg(svg: string, labelledBy: string): string {
  return svg.replace(/^<svg\b([^>]*)>/, (_match, attributes: string) => {
    const kept = attributes
      .replace(/\srole="[^"]*"/g, '')
      .replace(/\saria-roledescription="[^"]*"/g, '')
      .replace(/\saria-labelledby="[^"]*"/g, '')
      .replace(/\saria-describedby="[^"]*"/g, '');
    return `<svg${kept} role="img" aria-labelledby="${labelledBy}" focusable="false">`;
  });
}
