/**
 * Every field that holds ids of other items, in one list, so the reference rules (dangling,
 * duplicate, self) walk the same fields.
 */
import { COLLECTIONS, type CollectionName } from '../../collections';
import type { ParsedFile } from '../../source-file';
import type { CheckContext } from '../types';

export interface ReferenceList {
  parsed: ParsedFile;
  path: readonly PropertyKey[];
  values: string[];
  target: CollectionName;
  /** The id of the item that holds the list, when it is the same collection (for self-references). */
  owner?: { collection: CollectionName; id: string };
}

interface JourneyData { variants: { phases: { steps: { components: string[]; principles: string[] }[] }[] }[] }
interface ProcessData { variants: { steps: { components: string[] }[] }[] }
interface StrategyData { areas: { principles: string[]; standards: string[]; specs: string[]; guides: string[] }[] }

export function referenceLists({ items, requirements }: CheckContext): ReferenceList[] {
  const lists: ReferenceList[] = [];
  const add = (parsed: ParsedFile, path: readonly PropertyKey[], values: unknown, target: CollectionName, owner?: ReferenceList['owner']) => {
    if (Array.isArray(values)) lists.push({ parsed, path, values: values.map(String), target, owner });
  };
  for (const item of items) {
    const owner = { collection: item.collection, id: item.id };
    for (const [field, target] of Object.entries(COLLECTIONS[item.collection].refs)) add(item.parsed, [field], item.data[field], target, owner);
    if (item.collection === 'journeys') {
      (item.data as unknown as JourneyData).variants.forEach((variant, v) =>
        variant.phases.forEach((phase, p) =>
          phase.steps.forEach((step, s) => {
            const path = ['variants', v, 'phases', p, 'steps', s];
            add(item.parsed, [...path, 'components'], step.components, 'standards');
            add(item.parsed, [...path, 'principles'], step.principles, 'principles');
          }),
        ),
      );
    }
    if (item.collection === 'processes') {
      (item.data as unknown as ProcessData).variants.forEach((variant, v) =>
        variant.steps.forEach((step, s) => add(item.parsed, ['variants', v, 'steps', s, 'components'], step.components, 'standards')),
      );
    }
    if (item.collection === 'strategy') {
      (item.data as unknown as StrategyData).areas.forEach((area, a) => {
        add(item.parsed, ['areas', a, 'principles'], area.principles, 'principles');
        add(item.parsed, ['areas', a, 'standards'], area.standards, 'standards');
        add(item.parsed, ['areas', a, 'specs'], area.specs, 'specs');
        add(item.parsed, ['areas', a, 'guides'], area.guides, 'guides');
      });
    }
  }
  for (const req of requirements) {
    const base = ['requirements', req.index];
    add(req.parsed, [...base, 'principles'], req.data.principles, 'principles');
    add(req.parsed, [...base, 'standards'], req.data.standards, 'standards');
  }
  return lists;
}
