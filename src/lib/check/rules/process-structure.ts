import { closestMatch } from '../../text';
import { fieldName, hintFor, type CheckedItem, type Problem, type Rule } from '../types';
import { journeyStepIds } from './journey-structure';

export interface ProcessStepData {
  id: string;
  kind: 'start' | 'task' | 'decision' | 'end';
  lane: string;
  components: string[];
  next: { to: string; label?: string }[];
  journeySteps: string[];
  requirements: string[];
}
export interface ProcessData { lanes: { id: string }[]; variants: { variant: string; steps: ProcessStepData[] }[] }

export const processStructure: Rule = {
  name: 'process-structure',
  description: 'process steps in unknown lanes, missing next steps, decisions with one branch, no start or end, loops without exit, unknown journey steps and requirements',
  check({ items, ids, requirementIds, unreadable, unreadableRequirementSpecs }) {
    const problems: Problem[] = [];
    const journeys = ids.get('journeys')!;
    for (const item of items.filter((i) => i.collection === 'processes')) {
      const at = (path: PropertyKey[], message: string) => problems.push({ file: item.file, line: item.parsed.lineOf(path), field: fieldName(path), message });
      const data = item.data as unknown as ProcessData;
      const lanes = new Set(data.lanes.map((l) => l.id));
      const seenVariants = new Set<string>();
      data.variants.forEach((variant, v) => {
        if (seenVariants.has(variant.variant)) at(['variants', v, 'variant'], `varianten «${variant.variant}» står to ganger`);
        seenVariants.add(variant.variant);
        const steps = new Map<string, ProcessStepData>();
        variant.steps.forEach((step, s) => {
          if (steps.has(step.id)) at(['variants', v, 'steps', s, 'id'], `steg-id «${step.id}» er brukt før i denne varianten`);
          steps.set(step.id, step);
        });
        variant.steps.forEach((step, s) => {
          const path: PropertyKey[] = ['variants', v, 'steps', s];
          if (!lanes.has(step.lane)) {
            const hint = closestMatch(step.lane, lanes);
            at([...path, 'lane'], `rollen «${step.lane}» finnes ikke under lanes${hint ? `. Mente du «${hint}»?` : ''}`);
          }
          step.next.forEach((next, n) => {
            if (!steps.has(next.to)) at([...path, 'next', n, 'to'], `neste steg «${next.to}» finnes ikke i denne varianten${hintFor(next.to, steps.keys())}`);
          });
          if (step.kind === 'end' && step.next.length > 0) at([...path, 'next'], 'et sluttsteg kan ikke ha neste steg');
          if (step.kind !== 'end' && step.next.length === 0) at([...path, 'next'], 'steget må ha minst ett neste steg (bare sluttsteg står uten)');
          if (step.kind === 'decision' && step.next.length < 2) at([...path, 'next'], 'en beslutning må ha minst to utfall (to neste steg)');
          step.journeySteps.forEach((ref, r) => {
            const [journeyId, stepId] = ref.split('#') as [string, string];
            const journey = journeys.get(journeyId);
            if (!journey) {
              if (!unreadable.has(`journeys/${journeyId}`)) at([...path, 'journeySteps', r], `brukerreisen «${journeyId}» finnes ikke${hintFor(journeyId, journeys.keys())}`);
              return;
            }
            const known = journeyStepIds(journey);
            if (!known.has(stepId)) at([...path, 'journeySteps', r], `brukerreisen «${journeyId}» har ikke noe steg «${stepId}»${hintFor(stepId, known)}`);
          });
          step.requirements.forEach((ref, r) => {
            if (!requirementIds.has(ref) && unreadableRequirementSpecs.size === 0) {
              at([...path, 'requirements', r], `kravet «${ref}» finnes ikke i noen kravspesifikasjon${hintFor(ref, requirementIds.keys())}`);
            }
          });
        });
        if (!variant.steps.some((s) => s.kind === 'start')) at(['variants', v, 'steps'], 'varianten mangler et startsteg (kind: start)');
        if (!variant.steps.some((s) => s.kind === 'end')) at(['variants', v, 'steps'], 'varianten mangler et sluttsteg (kind: end)');
        const canFinish = stepsThatReachAnEnd(variant.steps);
        variant.steps.forEach((step, s) => {
          if (!canFinish.has(step.id) && step.next.every((n) => steps.has(n.to))) {
            at(['variants', v, 'steps', s, 'next'], `fra steget «${step.id}» kommer prosessen aldri til et sluttsteg (en løkke uten utgang)`);
          }
        });
      });
    }
    return problems;
  },
};

/** Ids of the steps from which some path leads to an end step. */
export function stepsThatReachAnEnd(steps: { id: string; kind: string; next: { to: string }[] }[]): Set<string> {
  const reach = new Set(steps.filter((s) => s.kind === 'end').map((s) => s.id));
  let grew = true;
  while (grew) {
    grew = false;
    for (const step of steps) {
      if (!reach.has(step.id) && step.next.some((n) => reach.has(n.to))) {
        reach.add(step.id);
        grew = true;
      }
    }
  }
  return reach;
}

export const processesOf = (items: CheckedItem[]) => items.filter((i) => i.collection === 'processes');
