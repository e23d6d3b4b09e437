import { folderOf, type Problem, type Rule } from '../types';

export const specFolderId: Rule = {
  name: 'spec-folder-id',
  description: 'a template folder whose name is not the template id (its requirements would be lost)',
  check({ items }) {
    const problems: Problem[] = [];
    for (const spec of items.filter((i) => i.collection === 'specs')) {
      const folder = folderOf(spec.file);
      if (folder !== spec.id) {
        problems.push({ file: spec.file, line: spec.parsed.lineOf(['id']), field: 'id', message: `id-en «${spec.id}» må være lik mappenavnet «${folder}»; gi mappen samme navn som id-en (ellers publiseres malen uten krav)` });
      }
    }
    return problems;
  },
};
