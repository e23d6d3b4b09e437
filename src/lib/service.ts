/**
 * The service model: what a service changes, derived from the journey, its processes and the
 * templates it buys with (DESIGN.md §2: nothing typed twice). A service is a journey with both a
 * `dagens` and a `fremtidig` variant, or a process with both variants that no such journey covers.
 * The benefit tools, the project plan and the decision basis all read this model.
 */
import { compareVariants, type VariantComparison } from './compare';
import type { Lane } from './process';
import { CHANNELS, type Channel } from './channels';
import type { Journey, Process } from './schema';

export interface ServiceProcess {
  id: string;
  title: string;
  /** What the future variant is (its description), for the proposal. */
  futureDescription?: string;
  comparison: VariantComparison;
}

export interface PainPoint {
  step: string;
  text: string;
}

export interface CriticalStep {
  action: string;
  touchpoint: string;
  score: number;
  painPoints: string[];
}

export interface TrainingNeed {
  /** The role (a process lane of kind `rolle`). */
  role: string;
  /** What is new for the role: the future step and the system it is done in. */
  topics: string[];
}

export interface Service {
  id: string;
  title: string;
  summary: string;
  /** Where the service's page is (the journey or the process). */
  kind: 'journey' | 'process';
  url: string;
  /** The latest `updated` of the journey and the processes the service reads (YYYY-MM-DD). */
  updated: string;
  /** Touchpoints per case and their channels, today and in future (empty for a process service). */
  touchpoints: { today: number; future: number };
  channelCounts: { today: Record<Channel, number>; future: Record<Channel, number> };
  /** Channel shares in whole percent summing to 100 (all digital when the journey has no steps). */
  channelShares: { today: Record<Channel, number>; future: Record<Channel, number> };
  painPoints: PainPoint[];
  /** Today's steps with the worst experience (score 1–2). */
  criticalSteps: CriticalStep[];
  /** The proposal: the future journey's description, then the future processes'. */
  proposal: string[];
  processes: ServiceProcess[];
  /** Roles (lanes of kind `rolle`) in the service's processes; and those whose work changes. */
  roles: string[];
  rolesAffected: string[];
  systemsIntroduced: string[];
  /** Common components (standard ids) the future service uses and today's does not. */
  componentsIntroduced: string[];
  /** Templates (spec ids) to buy with. */
  specs: string[];
  /** Manual task/decision steps, summed over the processes. */
  manualSteps: { today: number; future: number };
  trainingNeeds: TrainingNeed[];
}

/** The cost channel of a journey step's free-text channel («oppmøte», «papir», «SMS» …). */
export function costChannel(raw: string): Channel {
  const value = raw.toLowerCase();
  if (value.includes('telefon')) return 'telefon';
  if (value.includes('oppmøte') || value.includes('på stedet') || value.includes('servicetorg')) return 'oppmote';
  if (value.includes('papir') || value.includes('brev') || value.includes('e-post')) return 'skriftlig';
  return 'digital';
}

const zeroCounts = (): Record<Channel, number> => ({ digital: 0, telefon: 0, oppmote: 0, skriftlig: 0 });

/** Whole percentages that sum to exactly 100 (largest remainder); all digital when there is nothing to count. */
export function wholeShares(counts: Record<Channel, number>): Record<Channel, number> {
  const total = CHANNELS.reduce((sum, c) => sum + counts[c], 0);
  const shares = zeroCounts();
  if (total === 0) return { ...shares, digital: 100 };
  const exact = CHANNELS.map((c) => ({ c, value: (counts[c] * 100) / total }));
  for (const { c, value } of exact) shares[c] = Math.floor(value);
  let rest = 100 - CHANNELS.reduce((sum, c) => sum + shares[c], 0);
  for (const { c } of [...exact].sort((a, b) => b.value - Math.floor(b.value) - (a.value - Math.floor(a.value)))) {
    if (rest <= 0) break;
    shares[c]++;
    rest--;
  }
  return shares;
}

type JourneyVariant = Journey['variants'][number];
type JourneyItem = { id: string; data: Journey };
type ProcessItem = { id: string; data: Process };

const stepsOf = (variant: JourneyVariant | undefined) => variant?.phases.flatMap((p) => p.steps) ?? [];
const unique = (values: string[]) => [...new Set(values)];
const bothVariants = (variants: readonly { variant: string }[]) =>
  variants.some((v) => v.variant === 'dagens') && variants.some((v) => v.variant === 'fremtidig');

function fromProcesses(processes: ProcessItem[]) {
  const compared = processes
    .map((p) => ({ p, comparison: compareVariants(p.data) }))
    .filter((x): x is { p: ProcessItem; comparison: VariantComparison } => x.comparison !== undefined);
  const serviceProcesses: ServiceProcess[] = compared.map(({ p, comparison }) => ({
    id: p.id,
    title: p.data.title,
    futureDescription: p.data.variants.find((v) => v.variant === 'fremtidig')?.description,
    comparison,
  }));
  const roleLanes = (lanes: Lane[]) => lanes.filter((l) => l.kind === 'rolle').map((l) => l.title);
  const training = new Map<string, string[]>();
  for (const { comparison } of compared) {
    for (const change of comparison.changes) {
      if (change.kind === 'kept' || change.kind === 'removed' || !change.future || !change.toLane || change.toLane.kind !== 'rolle') continue;
      if (change.future.kind !== 'task' && change.future.kind !== 'decision') continue;
      const topic = change.future.system ? `${change.future.label} (${change.future.system})` : change.future.label;
      training.set(change.toLane.title, unique([...(training.get(change.toLane.title) ?? []), topic]));
    }
  }
  return {
    processes: serviceProcesses,
    roles: unique(compared.flatMap(({ p }) => roleLanes(p.data.lanes))),
    rolesAffected: unique(compared.flatMap(({ comparison }) => roleLanes(comparison.lanesAffected))),
    systemsIntroduced: unique(compared.flatMap(({ comparison }) => comparison.systemsIntroduced)),
    componentsIntroduced: unique(compared.flatMap(({ comparison }) => comparison.componentsIntroduced)),
    manualSteps: {
      today: compared.reduce((sum, { comparison }) => sum + comparison.manualSteps.today, 0),
      future: compared.reduce((sum, { comparison }) => sum + comparison.manualSteps.future, 0),
    },
    trainingNeeds: [...training].map(([role, topics]) => ({ role, topics })),
  };
}

export function journeyService(journey: JourneyItem, allProcesses: ProcessItem[]): Service | undefined {
  const j = journey.data;
  if (!bothVariants(j.variants)) return undefined;
  const today = j.variants.find((v) => v.variant === 'dagens')!;
  const future = j.variants.find((v) => v.variant === 'fremtidig')!;
  const processIds = unique([...j.processes, ...allProcesses.filter((p) => p.data.journeys.includes(journey.id)).map((p) => p.id)]);
  const fromProc = fromProcesses(processIds.map((id) => allProcesses.find((p) => p.id === id)).filter((p): p is ProcessItem => Boolean(p)));
  const count = (variant: JourneyVariant) => {
    const counts = zeroCounts();
    for (const step of stepsOf(variant)) counts[costChannel(step.channel)]++;
    return counts;
  };
  const todaySteps = stepsOf(today);
  const todayComponents = new Set(todaySteps.flatMap((s) => s.components));
  const journeyComponents = stepsOf(future).flatMap((s) => s.components).filter((c) => !todayComponents.has(c));
  const counts = { today: count(today), future: count(future) };
  return {
    id: journey.id,
    title: j.title,
    summary: j.summary,
    kind: 'journey',
    url: `/brukerreiser/${journey.id}/`,
    updated: [j.updated, ...processIds.map((id) => allProcesses.find((p) => p.id === id)?.data.updated ?? '')].sort().at(-1)!,
    touchpoints: { today: todaySteps.length, future: stepsOf(future).length },
    channelCounts: counts,
    channelShares: { today: wholeShares(counts.today), future: wholeShares(counts.future) },
    painPoints: todaySteps.flatMap((s) => s.painPoints.map((text) => ({ step: s.action, text }))),
    criticalSteps: todaySteps
      .filter((s) => s.score <= 2)
      .map((s) => ({ action: s.action, touchpoint: s.touchpoint, score: s.score, painPoints: s.painPoints })),
    proposal: [future.description, ...fromProc.processes.map((p) => p.futureDescription)].filter((d): d is string => Boolean(d)),
    ...fromProc,
    componentsIntroduced: unique([...journeyComponents, ...fromProc.componentsIntroduced]),
    specs: unique([...j.specs, ...allProcesses.filter((p) => processIds.includes(p.id)).flatMap((p) => p.data.specs)]),
  };
}

export function processService(process: ProcessItem): Service | undefined {
  if (!bothVariants(process.data.variants)) return undefined;
  const fromProc = fromProcesses([process]);
  const counts = { today: zeroCounts(), future: zeroCounts() };
  return {
    id: process.id,
    title: process.data.title,
    summary: process.data.summary,
    kind: 'process',
    url: `/prosesser/${process.id}/`,
    updated: process.data.updated,
    touchpoints: { today: 0, future: 0 },
    channelCounts: counts,
    channelShares: { today: wholeShares(counts.today), future: wholeShares(counts.future) },
    // A process has no experience scores; what goes away is today's problem in the caseworker's day.
    painPoints: fromProc.processes[0]!.comparison.changes
      .filter((c) => c.kind === 'removed' && c.today)
      .map((c) => ({ step: c.today!.label, text: `Steget «${c.today!.label}» gjøres i dag${c.fromLane ? ` av ${c.fromLane.title.toLowerCase()}` : ''} og faller bort i den nye prosessen.` })),
    criticalSteps: [],
    proposal: [process.data.variants.find((v) => v.variant === 'fremtidig')?.description].filter((d): d is string => Boolean(d)),
    ...fromProc,
    specs: process.data.specs,
  };
}

/**
 * Every service: journeys with both variants, then processes with both variants that none of
 * those journeys' own processes already is (so a journey's caseworker process is not a second service).
 */
export function services(journeys: JourneyItem[], processes: ProcessItem[]): Service[] {
  const fromJourneys = journeys.map((j) => journeyService(j, processes)).filter((s): s is Service => Boolean(s));
  const covered = new Set(
    fromJourneys.flatMap((s) => s.processes.map((p) => p.id)).filter((id) => processes.find((p) => p.id === id)?.data.journeys.length),
  );
  const fromProcesses = processes
    .filter((p) => !covered.has(p.id))
    .map(processService)
    .filter((s): s is Service => Boolean(s));
  return [...fromJourneys, ...fromProcesses];
}
