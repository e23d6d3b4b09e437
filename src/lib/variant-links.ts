/**
 * Links between journey steps and process steps follow the variant: a process step of the
 * `fremtidig` process names steps of the `fremtidig` journey (its `journeySteps`, written
 * `journey-id#step-id`), and a `dagens` step names `dagens` ones.
 */
import type { Variant } from './schema';

interface ProcessLike {
  id: string;
  title: string;
  variants: { variant: Variant; steps: { id: string; label: string; journeySteps: string[] }[] }[];
}

export interface ProcessStepLink {
  process: string;
  processTitle: string;
  variant: Variant;
  step: string;
  label: string;
}

/** Process steps of the same variant that point at each step of one journey variant, by journey step id. */
export function processStepLinks(processes: ProcessLike[], journeyId: string, variant: Variant): Map<string, ProcessStepLink[]> {
  const links = new Map<string, ProcessStepLink[]>();
  for (const process of processes) {
    for (const v of process.variants) {
      if (v.variant !== variant) continue;
      for (const step of v.steps) {
        for (const ref of step.journeySteps) {
          const [journey, stepId] = ref.split('#') as [string, string];
          if (journey !== journeyId) continue;
          const list = links.get(stepId) ?? [];
          list.push({ process: process.id, processTitle: process.title, variant, step: step.id, label: step.label });
          links.set(stepId, list);
        }
      }
    }
  }
  return links;
}
