import type { Problem, Rule } from '../types';
import type { SpecData } from './spec-consistency';

export const dateInFuture: Rule = {
  name: 'date-in-future',
  description: '`updated`, `lastVerified` or a changelog date later than today',
  check({ items, options }) {
    const today = options.today;
    if (!today) return [];
    const problems: Problem[] = [];
    for (const item of items) {
      for (const field of ['updated', 'lastVerified'] as const) {
        const value = item.data[field];
        if (typeof value === 'string' && value > today) {
          problems.push({ file: item.file, line: item.parsed.lineOf([field]), field, message: `datoen ${value} er i fremtiden; bruk datoen da innholdet sist ble endret` });
        }
      }
      if (item.collection === 'specs') {
        (item.data as unknown as SpecData).changelog.forEach((entry, e) => {
          if (entry.date > today) {
            problems.push({ file: item.file, line: item.parsed.lineOf(['changelog', e, 'date']), field: `changelog[${e}].date`, message: `datoen ${entry.date} for versjon ${entry.version} er i fremtiden; en versjon dateres den dagen den publiseres` });
          }
        });
      }
    }
    return problems;
  },
};
