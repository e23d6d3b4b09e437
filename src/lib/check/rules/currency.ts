/**
 * Check rules about currency (DESIGN.md §9): nothing current may build on something retired,
 * `supersededBy` belongs to retired items and must point at something that exists, and a template
 * where more than half the requirements are skal-krav gets a warning.
 * Pure: the items and requirements the check has already parsed in, problems out.
 */
import type { CheckedItem, CheckedRequirement, Rule } from '../types';
import { SKAL_SHARE_WARNING, skalShare } from '../../currency';
import type { Problem } from '../../source-file';

interface Superseded { id?: string; name?: string; url?: string }

const field = (path: readonly (string | number)[]) =>
  path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');

export function currencyProblems(items: CheckedItem[], requirements: CheckedRequirement[]): Problem[] {
  return [...supersededProblems(items), ...retiredUseProblems(items, requirements), ...skalShareWarnings(items, requirements)];
}

/** An item with `supersededBy` must be `utgatt`, and `supersededBy.id` must name an existing item. */
export function supersededProblems(items: CheckedItem[]): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set(items.map((i) => i.id));
  for (const item of items) {
    const by = item.data.supersededBy as Superseded | undefined;
    if (!by) continue;
    if (item.data.status !== 'utgatt') {
      problems.push({
        file: item.file,
        line: item.parsed.lineOf(['status']),
        field: 'status',
        message: `elementet har supersededBy (er erstattet av noe annet), men status er «${String(item.data.status)}»; sett status: utgatt, eller fjern supersededBy`,
      });
    }
    if (by.id !== undefined && !ids.has(by.id)) {
      problems.push({
        file: item.file,
        line: item.parsed.lineOf(['supersededBy', 'id']),
        field: 'supersededBy.id',
        message: `supersededBy viser til «${by.id}», men det finnes ikke noe element med den id-en; skriv id-en til det som erstattet elementet, eller navn (name) og en offentlig kilde (url)`,
      });
    }
  }
  return problems;
}

/**
 * An active requirement, or a step of a `fremtidig` process or journey variant, may not use an
 * `utgatt` standard or component. Retired templates and retired items are left alone.
 */
export function retiredUseProblems(items: CheckedItem[], requirements: CheckedRequirement[]): Problem[] {
  const standards = new Map(items.filter((i) => i.collection === 'standards').map((i) => [i.id, i]));
  const titleOf = (id: string) => {
    const item = standards.get(id) ?? items.find((i) => i.id === id);
    return item ? `«${String(item.data.title)}»` : `«${id}»`;
  };
  const retiredMessage = (id: string, what: string): string | undefined => {
    const standard = standards.get(id);
    if (!standard || standard.data.status !== 'utgatt') return undefined;
    const by = standard.data.supersededBy as Superseded | undefined;
    const name = `«${String(standard.data.title)}» (${id})`;
    const replacement = by?.id ? titleOf(by.id) + ` (${by.id})` : by?.name ? `«${by.name}» (${by.url})` : undefined;
    return replacement
      ? `${what} bruker ${name}, som er utgått og erstattet av ${replacement}; vis til det som gjelder i dag i stedet`
      : `${what} bruker ${name}, som er utgått; vis til det som har erstattet den, eller fjern henvisningen`;
  };
  const problems: Problem[] = [];
  const specStatus = new Map(items.filter((i) => i.collection === 'specs').map((i) => [i.file.split('/').slice(-2, -1)[0], i.data.status]));

  for (const req of requirements) {
    if (req.data.removedIn || specStatus.get(req.spec) === 'utgatt') continue;
    req.data.standards.forEach((id, s) => {
      const message = retiredMessage(id, `det aktive kravet ${req.data.id}`);
      const path = ['requirements', req.index, 'standards', s];
      if (message) problems.push({ file: req.file, line: req.parsed.lineOf(path), field: field(path), message });
    });
  }

  for (const item of items) {
    if (item.data.status === 'utgatt' || (item.collection !== 'processes' && item.collection !== 'journeys')) continue;
    const noun = item.collection === 'processes' ? 'arbeidsprosessen' : 'brukerreisen';
    const variants = item.data.variants as { variant: string; steps?: { id: string; components: string[] }[]; phases?: { steps: { id: string; components: string[] }[] }[] }[];
    variants.forEach((variant, v) => {
      if (variant.variant !== 'fremtidig') return;
      const steps: { step: { id: string; components: string[] }; path: (string | number)[] }[] = variant.steps
        ? variant.steps.map((step, s) => ({ step, path: ['variants', v, 'steps', s] }))
        : (variant.phases ?? []).flatMap((phase, p) => phase.steps.map((step, s) => ({ step, path: ['variants', v, 'phases', p, 'steps', s] })));
      for (const { step, path } of steps) {
        step.components.forEach((id, c) => {
          const message = retiredMessage(id, `steget «${step.id}» i den fremtidige varianten av ${noun}`);
          const at = [...path, 'components', c];
          if (message) problems.push({ file: item.file, line: item.parsed.lineOf(at), field: field(at), message });
        });
      }
    });
  }
  return problems;
}

/** A warning (not an error) when more than half a template's active requirements are skal-krav. */
export function skalShareWarnings(items: CheckedItem[], requirements: CheckedRequirement[]): Problem[] {
  const problems: Problem[] = [];
  for (const spec of items.filter((i) => i.collection === 'specs')) {
    const folder = spec.file.split('/').slice(-2, -1)[0];
    const own = requirements.filter((r) => r.spec === folder);
    const share = skalShare(own.map((r) => r.data));
    if (share.share <= SKAL_SHARE_WARNING) continue;
    const first = own[0]!;
    problems.push({
      severity: 'warning',
      file: first.file,
      line: first.parsed.lineOf(['requirements']),
      field: 'requirements',
      message: `${share.minimum} av ${share.active} aktive krav (${Math.round(share.share * 100)} %) er skal-krav (minimum); med mer enn halvparten skal-krav kan få leverandører svare, så gjør krav kommunen kan klare seg uten til bør-krav (evaluering)`,
    });
  }
  return problems;
}

export const supersededBy: Rule = {
  name: 'superseded-by',
  description: 'supersededBy only on retired (utgatt) items, and its id must exist',
  check: (context) => supersededProblems(context.items),
};

export const retiredStandardUsed: Rule = {
  name: 'retired-standard-used',
  description: 'an active requirement or a future (fremtidig) step may not use a retired standard or component',
  check: (context) => retiredUseProblems(context.items, context.requirements),
};

export const skalShare50: Rule = {
  name: 'skal-share',
  description: 'warning when more than half of a template’s active requirements are skal-krav',
  check: (context) => skalShareWarnings(context.items, context.requirements),
};
