import { fieldName, type Problem, type Rule } from '../types';
import { processesOf, type ProcessData } from './process-structure';

export const retiredRequirementCited: Rule = {
  name: 'retired-requirement-cited',
  description: 'a process step that cites a requirement which has been retired (removedIn)',
  check({ items, requirementIds }) {
    const problems: Problem[] = [];
    for (const item of processesOf(items)) {
      (item.data as unknown as ProcessData).variants.forEach((variant, v) =>
        variant.steps.forEach((step, s) =>
          step.requirements.forEach((ref, r) => {
            const removedIn = requirementIds.get(ref)?.data.removedIn;
            if (!removedIn) return;
            const path = ['variants', v, 'steps', s, 'requirements', r];
            problems.push({ file: item.file, line: item.parsed.lineOf(path), field: fieldName(path), message: `kravet «${ref}» ble fjernet i versjon ${removedIn} og kan ikke lenger vises som gjeldende; fjern det fra steget eller vis til kravet som erstattet det` });
          }),
        ),
      );
    }
    return problems;
  },
};
