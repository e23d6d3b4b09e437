/**
 * The collections of the toolkit: where their files live, which schema they follow, where their
 * pages are published and which fields point at other items. Everything that walks the content
 * (check, pages, API, search) starts from this table.
 */
import type { z } from 'astro/zod';
import {
  guideSchema,
  journeySchema,
  principleSchema,
  processSchema,
  specSchema,
  standardSchema,
  strategySchema,
} from './schema';

export type CollectionName = 'principles' | 'standards' | 'journeys' | 'processes' | 'specs' | 'guides' | 'strategy';

export interface CollectionInfo {
  name: CollectionName;
  /** Glob pattern relative to the content root. */
  pattern: string;
  schema: z.ZodType;
  /** URL path segment of the item pages (`/<route>/<id>/`). */
  route: string;
  /** Singular and plural Norwegian names, for headings and messages. */
  label: string;
  labelPlural: string;
  /** Top-level fields that hold ids of items in another collection. */
  refs: Record<string, CollectionName>;
}

export const COLLECTIONS: Record<CollectionName, CollectionInfo> = {
  principles: {
    name: 'principles',
    pattern: 'principles/*.mdx',
    schema: principleSchema,
    route: 'prinsipper',
    label: 'Prinsipp',
    labelPlural: 'Prinsipper',
    refs: { relatedPrinciples: 'principles', standards: 'standards' },
  },
  standards: {
    name: 'standards',
    pattern: 'standards/*.mdx',
    schema: standardSchema,
    route: 'standarder',
    label: 'Standard eller felleskomponent',
    labelPlural: 'Standarder og felleskomponenter',
    refs: { principles: 'principles', relatedStandards: 'standards' },
  },
  journeys: {
    name: 'journeys',
    pattern: 'journeys/*.mdx',
    schema: journeySchema,
    route: 'brukerreiser',
    label: 'Brukerreise',
    labelPlural: 'Brukerreiser',
    refs: { processes: 'processes', specs: 'specs', standards: 'standards', principles: 'principles' },
  },
  processes: {
    name: 'processes',
    pattern: 'processes/*.mdx',
    schema: processSchema,
    route: 'prosesser',
    label: 'Arbeidsprosess',
    labelPlural: 'Arbeidsprosesser',
    refs: { journeys: 'journeys', specs: 'specs', standards: 'standards', principles: 'principles' },
  },
  specs: {
    name: 'specs',
    pattern: 'specs/*/index.mdx',
    schema: specSchema,
    route: 'kravspesifikasjoner',
    label: 'Kravspesifikasjonsmal',
    labelPlural: 'Kravspesifikasjonsmaler',
    refs: { journeys: 'journeys', processes: 'processes', principles: 'principles', standards: 'standards' },
  },
  guides: {
    name: 'guides',
    pattern: 'guides/*.mdx',
    schema: guideSchema,
    route: 'veiledning',
    label: 'Veiledning',
    labelPlural: 'Veiledninger',
    refs: {
      principles: 'principles',
      standards: 'standards',
      specs: 'specs',
      journeys: 'journeys',
      processes: 'processes',
    },
  },
  strategy: {
    name: 'strategy',
    pattern: 'strategy/*.mdx',
    schema: strategySchema,
    route: 'strategi',
    label: 'Strategi',
    labelPlural: 'Strategier',
    refs: {},
  },
};

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** Requirements live next to their spec: `specs/<slug>/requirements.yaml`. */
export const REQUIREMENTS_PATTERN = 'specs/*/requirements.yaml';

export function itemUrl(collection: CollectionName, id: string): string {
  return `/${COLLECTIONS[collection].route}/${id}/`;
}
