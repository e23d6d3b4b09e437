import { collectionFor } from '../collect';
import type { SourceRule } from '../types';

export const fileLocation: SourceRule = {
  name: 'file-location',
  description: 'files the build would not read: wrong folder, or an extension such as .md or .yml that the site ignores',
  check({ file, relative }) {
    if (collectionFor(relative)) return [];
    if (/\.(md|markdown|yml)$/i.test(relative)) {
      const right = relative.replace(/\.(md|markdown)$/i, '.mdx').replace(/\.yml$/i, '.yaml');
      return [{ file, line: 1, field: '(fil)', message: `nettstedet leser ikke filer med denne endelsen, så siden ville aldri blitt publisert; gi filen navnet ${right.split('/').pop()}` }];
    }
    return [{ file, line: 1, field: '(fil)', message: 'filen ligger i en mappe eller har et navn som verktøykassen ikke kjenner; se CONTRIBUTING.md for hvor innhold skal ligge' }];
  },
};
