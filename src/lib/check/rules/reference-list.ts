import { problemAt, type Problem, type Rule } from '../types';
import { referenceLists } from './references';

export const referenceList: Rule = {
  name: 'reference-list',
  description: 'an item that refers to itself, or names the same id twice in one list',
  check(context) {
    const problems: Problem[] = [];
    for (const list of referenceLists(context)) {
      const seen = new Set<string>();
      list.values.forEach((value, i) => {
        if (list.owner && list.owner.collection === list.target && list.owner.id === value) {
          problems.push(problemAt(list.parsed, [...list.path, i], `elementet viser til seg selv («${value}»); fjern id-en fra listen`));
        } else if (seen.has(value)) {
          problems.push(problemAt(list.parsed, [...list.path, i], `«${value}» står to ganger i listen; fjern den ene`));
        }
        seen.add(value);
      });
    }
    return problems;
  },
};
