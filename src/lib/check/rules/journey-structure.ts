import { fieldName, type Problem, type Rule } from '../types';

interface JourneyData { variants: { variant: string; phases: { id: string; steps: { id: string }[] }[] }[] }

export const journeyStructure: Rule = {
  name: 'journey-structure',
  description: 'a journey variant written twice, or a step id used twice in one variant',
  check({ items }) {
    const problems: Problem[] = [];
    for (const item of items.filter((i) => i.collection === 'journeys')) {
      const data = item.data as unknown as JourneyData;
      const variants = new Set<string>();
      const stepIds = new Set<string>();
      data.variants.forEach((variant, v) => {
        if (variants.has(variant.variant)) {
          problems.push({ file: item.file, line: item.parsed.lineOf(['variants', v, 'variant']), field: `variants[${v}].variant`, message: `varianten «${variant.variant}» står to ganger` });
        }
        variants.add(variant.variant);
        variant.phases.forEach((phase, p) => {
          phase.steps.forEach((step, s) => {
            const path = ['variants', v, 'phases', p, 'steps', s, 'id'];
            // The same step id may appear in both variants (today and future of the same step), not twice in one.
            const key = `${variant.variant}#${step.id}`;
            if (stepIds.has(key)) {
              problems.push({ file: item.file, line: item.parsed.lineOf(path), field: fieldName(path), message: `steg-id «${step.id}» er brukt før i samme variant; gi hvert steg en egen id` });
            }
            stepIds.add(key);
          });
        });
      });
    }
    return problems;
  },
};

export function journeyStepIds(journey: { data: unknown }): Set<string> {
  const data = journey.data as JourneyData;
  return new Set(data.variants.flatMap((v) => v.phases.flatMap((p) => p.steps.map((s) => s.id))));
}
