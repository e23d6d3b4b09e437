import type { Problem, Rule } from '../types';

export const duplicateId: Rule = {
  name: 'duplicate-id',
  description: 'two items of the same collection with the same id',
  check({ items }) {
    const problems: Problem[] = [];
    const seen = new Map<string, string>();
    for (const item of items) {
      const key = `${item.collection}/${item.id}`;
      const first = seen.get(key);
      if (first) {
        problems.push({ file: item.file, line: item.parsed.lineOf(['id']), field: 'id', message: `id «${item.id}» er allerede brukt i ${first}; hver id skal være unik og brukes bare én gang` });
      } else {
        seen.set(key, item.file);
      }
    }
    return problems;
  },
};
