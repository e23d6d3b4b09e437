import type { Problem, Rule } from '../types';

export const requirementIdReused: Rule = {
  name: 'requirement-id-reused',
  description: 'a requirement id used twice, in one template or across templates',
  check({ requirements }) {
    const problems: Problem[] = [];
    const seen = new Map<string, string>();
    for (const req of requirements) {
      const first = seen.get(req.data.id);
      if (first) {
        problems.push({
          file: req.file,
          line: req.parsed.lineOf(['requirements', req.index, 'id']),
          field: `requirements[${req.index}].id`,
          message: `krav-id «${req.data.id}» er allerede brukt i ${first}; en krav-id brukes bare én gang, også etter at kravet er fjernet`,
        });
      } else {
        seen.set(req.data.id, req.file);
      }
    }
    return problems;
  },
};
