import type { SourceRule } from '../types';

export const symlink: SourceRule = {
  name: 'symlink',
  description: 'a symbolic link that leads out of the content folder',
  check({ file, symlink }) {
    if (!symlink || symlink.insideRoot) return [];
    return [{ file, line: 1, field: '(fil)', message: 'filen er en snarvei (symbolsk lenke) til noe utenfor innholdsmappen; legg selve filen i mappen i stedet' }];
  },
};
