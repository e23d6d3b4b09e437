import { COLLECTIONS } from '../../collections';
import { hintFor, problemAt, type Problem, type Rule } from '../types';
import { referenceLists } from './references';

export const danglingReference: Rule = {
  name: 'dangling-reference',
  description: 'an id in a reference field that no item has (with a «Mente du …?» hint)',
  check(context) {
    const problems: Problem[] = [];
    for (const list of referenceLists(context)) {
      const known = context.ids.get(list.target)!;
      list.values.forEach((value, i) => {
        // A file that could not be read is reported once, in that file.
        if (known.has(value) || context.unreadable.has(`${list.target}/${value}`)) return;
        problems.push(problemAt(list.parsed, [...list.path, i], `viser til «${value}», men det finnes ingen ${COLLECTIONS[list.target].label.toLowerCase()} med den id-en${hintFor(value, known.keys())}`));
      });
    }
    return problems;
  },
};
