/**
 * Check rule: a process step's `journeySteps` must name a step in the SAME variant of that
 * journey (a step of the future process links to the future journey, today's to today's).
 * References to journeys or steps that do not exist at all are reported by the reference check.
 */
import type { Problem } from '../../source-file';
import type { CheckedItem, Rule } from '../types';

interface JourneyData { variants: { variant: string; phases: { steps: { id: string }[] }[] }[] }
interface ProcessData { variants: { variant: string; steps: { journeySteps: string[] }[] }[] }

const VARIANT_WORDS: Record<string, string> = { dagens: 'dagens', fremtidig: 'fremtidig' };

export function variantLinkProblems(process: CheckedItem, journeys: Map<string, CheckedItem>): Problem[] {
  const problems: Problem[] = [];
  const data = process.data as unknown as ProcessData;
  data.variants.forEach((variant, v) => {
    variant.steps.forEach((step, s) => {
      step.journeySteps.forEach((ref, r) => {
        const [journeyId, stepId] = ref.split('#') as [string, string];
        const journey = journeys.get(journeyId);
        if (!journey) return;
        const variants = (journey.data as unknown as JourneyData).variants;
        const inVariants = variants.filter((jv) => jv.phases.some((p) => p.steps.some((st) => st.id === stepId))).map((jv) => jv.variant);
        if (inVariants.length === 0 || inVariants.includes(variant.variant)) return;
        const path = ['variants', v, 'steps', s, 'journeySteps', r];
        const has = variants.some((jv) => jv.variant === variant.variant);
        problems.push({
          file: process.file,
          line: process.parsed.lineOf(path),
          field: `variants[${v}].steps[${s}].journeySteps[${r}]`,
          message:
            `steget «${stepId}» finnes bare i ${inVariants.map((x) => `«${VARIANT_WORDS[x] ?? x}»`).join(' og ')} av brukerreisen «${journeyId}», ` +
            `men dette er ${VARIANT_WORDS[variant.variant] ?? variant.variant} prosess` +
            (has ? `; vis til et steg i ${variant.variant}-varianten av reisen` : `; reisen har ingen ${variant.variant}-variant`),
        });
      });
    });
  });
  return problems;
}

export const variantLink: Rule = {
  name: 'variant-link',
  description: 'a process step links only to journey steps of the same variant (dagens → dagens, fremtidig → fremtidig)',
  check: (context) => context.items.filter((i) => i.collection === 'processes').flatMap((p) => variantLinkProblems(p, context.ids.get('journeys')!)),
};
