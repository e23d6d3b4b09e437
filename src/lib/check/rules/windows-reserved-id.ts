import type { Problem, Rule } from '../types';

/** Names Windows cannot use for a file or folder, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

export const windowsReservedId: Rule = {
  name: 'windows-reserved-id',
  description: 'ids such as con, nul, prn, aux, com1 or lpt1, which Windows cannot use as a file name',
  check({ items }) {
    const problems: Problem[] = [];
    for (const item of items) {
      if (RESERVED.test(item.id)) {
        problems.push({ file: item.file, line: item.parsed.lineOf(['id']), field: 'id', message: `id-en «${item.id}» er et reservert navn i Windows, så filen kan ikke hentes ned der; velg en annen id` });
      }
    }
    return problems;
  },
};
