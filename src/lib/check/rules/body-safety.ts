import { findUnsafeContent } from '../../content-safety';
import type { Problem, Rule } from '../types';

export const bodySafety: Rule = {
  name: 'body-safety',
  description: 'import/export, {…} expressions, HTML outside the allow-list, event handlers, unsafe URL schemes and SVG images in a body (the build refuses the same, see src/lib/content-safety.ts)',
  check({ items }) {
    const problems: Problem[] = [];
    for (const item of items) {
      if (!item.tree) continue;
      for (const issue of findUnsafeContent(item.tree)) problems.push({ file: item.file, line: issue.line, field: issue.field, message: issue.message });
    }
    return problems;
  },
};
