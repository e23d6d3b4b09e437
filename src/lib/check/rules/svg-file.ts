import type { SourceRule } from '../types';

export const svgFile: SourceRule = {
  name: 'svg-file',
  description: 'SVG files in the content folder (an SVG can carry script)',
  check({ file, relative }) {
    if (!/\.svgz?$/i.test(relative)) return [];
    return [{ file, line: 1, field: '(bilde)', message: 'SVG-filer er ikke tillatt i innholdet, fordi de kan inneholde skript; lagre bildet som PNG eller JPG' }];
  },
};
