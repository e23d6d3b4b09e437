/**
 * Today and future side by side: what changes in a work process between its `dagens` and
 * `fremtidig` variants. Steps are matched by id (the same id in both variants is the same step).
 * Used by the process pages' comparison view and by the benefit tools (DESIGN.md §2: a comparison
 * is computed, never written).
 */
import type { Process } from './schema';
import type { Lane, ProcessStep, ProcessVariant } from './process';

export type StepChangeKind = 'kept' | 'changed' | 'moved' | 'removed' | 'added';

export interface StepChange {
  id: string;
  kind: StepChangeKind;
  today?: ProcessStep;
  future?: ProcessStep;
  /** Lane of the step today (removed, kept, changed, moved). */
  fromLane?: Lane;
  /** Lane of the step in future (added, kept, changed, moved). */
  toLane?: Lane;
  /** The future step is done by a system lane (and was not already done by one today). */
  automated: boolean;
}

export interface VariantComparison {
  /** Every step of both variants: future order first, then the removed steps in today's order. */
  changes: StepChange[];
  counts: Record<StepChangeKind | 'automated', number>;
  /** Task and decision steps done by people (not system lanes), today and in future. */
  manualSteps: { today: number; future: number };
  /** Lanes whose steps change (a step added, removed, changed or moved into or out of them). */
  lanesAffected: Lane[];
  /** Systems named on the future steps that no step names today. */
  systemsIntroduced: string[];
  /** Common components (ids) used by future steps and by no step today. */
  componentsIntroduced: string[];
}

type Comparable = Pick<Process, 'lanes' | 'variants'>;

const isSystemLane = (lane: Lane | undefined) => lane?.kind === 'system';
const isWork = (step: ProcessStep) => step.kind === 'task' || step.kind === 'decision';

/** The comparison, or undefined when the process lacks one of the two variants. */
export function compareVariants(process: Comparable): VariantComparison | undefined {
  const today = process.variants.find((v) => v.variant === 'dagens');
  const future = process.variants.find((v) => v.variant === 'fremtidig');
  if (!today || !future) return undefined;
  return compareSteps(process.lanes, today, future);
}

export function compareSteps(lanes: Lane[], today: ProcessVariant, future: ProcessVariant): VariantComparison {
  const laneById = new Map(lanes.map((l) => [l.id, l]));
  const todayById = new Map(today.steps.map((s) => [s.id, s]));
  const futureIds = new Set(future.steps.map((s) => s.id));

  const changes: StepChange[] = future.steps.map((step) => {
    const before = todayById.get(step.id);
    const toLane = laneById.get(step.lane);
    if (!before) {
      return { id: step.id, kind: 'added', future: step, toLane, automated: isSystemLane(toLane) && isWork(step) };
    }
    const fromLane = laneById.get(before.lane);
    const automated = isSystemLane(toLane) && !isSystemLane(fromLane) && isWork(step);
    const kind: StepChangeKind =
      before.lane !== step.lane ? 'moved' : before.label !== step.label || (before.system ?? '') !== (step.system ?? '') ? 'changed' : 'kept';
    return { id: step.id, kind, today: before, future: step, fromLane, toLane, automated };
  });
  for (const step of today.steps) {
    if (!futureIds.has(step.id)) changes.push({ id: step.id, kind: 'removed', today: step, fromLane: laneById.get(step.lane), automated: false });
  }

  const counts = { kept: 0, changed: 0, moved: 0, removed: 0, added: 0, automated: 0 };
  for (const change of changes) {
    counts[change.kind]++;
    if (change.automated) counts.automated++;
  }

  const manual = (variant: ProcessVariant) => variant.steps.filter((s) => isWork(s) && !isSystemLane(laneById.get(s.lane))).length;

  const affected = new Set<string>();
  for (const change of changes) {
    if (change.kind === 'kept') continue;
    if (change.fromLane) affected.add(change.fromLane.id);
    if (change.toLane) affected.add(change.toLane.id);
  }

  const todaySystems = new Set(today.steps.map((s) => s.system).filter((s): s is string => Boolean(s)));
  const todayComponents = new Set(today.steps.flatMap((s) => s.components));
  const unique = (values: string[]) => [...new Set(values)];

  return {
    changes,
    counts,
    manualSteps: { today: manual(today), future: manual(future) },
    lanesAffected: lanes.filter((l) => affected.has(l.id)),
    systemsIntroduced: unique(future.steps.map((s) => s.system).filter((s): s is string => Boolean(s) && !todaySystems.has(s!))),
    componentsIntroduced: unique(future.steps.flatMap((s) => s.components).filter((c) => !todayComponents.has(c))),
  };
}
