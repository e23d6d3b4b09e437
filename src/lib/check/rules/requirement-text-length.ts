import type { Problem, Rule } from '../types';

/** Far below Excel's 32 767 characters per cell; a requirement longer than this is several requirements. */
export const MAX_REQUIREMENT_FIELD = 4000;

export const requirementTextLength: Rule = {
  name: 'requirement-text-length',
  description: `requirement text, motive, verification or guidance longer than ${MAX_REQUIREMENT_FIELD} characters`,
  check({ requirements }) {
    const problems: Problem[] = [];
    for (const req of requirements) {
      for (const field of ['text', 'motive', 'verification', 'guidance'] as const) {
        const length = req.data[field].length;
        if (length > MAX_REQUIREMENT_FIELD) {
          problems.push({ file: req.file, line: req.parsed.lineOf(['requirements', req.index, field]), field: `requirements[${req.index}].${field}`, message: `teksten er ${length} tegn; høyst ${MAX_REQUIREMENT_FIELD} tegn er tillatt (del kravet opp i flere krav)` });
        }
      }
    }
    return problems;
  },
};
