import type { ParsedFile } from '../../source-file';
import { fieldName, type Problem, type Rule } from '../types';

/** Invisible characters that make two ids or titles look alike: zero-width space/joiners, word joiner, soft hyphen, BOM. */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/;
const FIELDS = new Set(['id', 'title', 'label', 'name', 'summary']);

export const hiddenCharacters: Rule = {
  name: 'hidden-characters',
  description: 'zero-width and other invisible characters in ids, titles, labels and summaries',
  check({ items, requirementFiles }) {
    const problems: Problem[] = [];
    const walk = (parsed: ParsedFile, value: unknown, path: PropertyKey[]) => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(parsed, v, [...path, i]));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(parsed, v, [...path, k]);
      else if (typeof value === 'string' && FIELDS.has(String(path.at(-1))) && INVISIBLE.test(value)) {
        const code = value.codePointAt(value.search(INVISIBLE))!.toString(16).toUpperCase().padStart(4, '0');
        problems.push({ file: parsed.file, line: parsed.lineOf(path), field: fieldName(path), message: `teksten har et usynlig tegn (U+${code}); skriv feltet på nytt uten det` });
      }
    };
    for (const item of items) walk(item.parsed, item.parsed.data, []);
    for (const file of requirementFiles) walk(file.parsed, file.parsed.data, []);
    return problems;
  },
};
