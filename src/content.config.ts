/**
 * Astro content collections. The schemas and folders come from src/lib (one place), so that
 * `npm run check`, the JSON Schemas and the site validate the same way.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { COLLECTIONS, REQUIREMENTS_PATTERN, type CollectionName } from './lib/collections';
import {
  guideSchema,
  journeySchema,
  principleSchema,
  processSchema,
  requirementFileSchema,
  specSchema,
  standardSchema,
  strategySchema,
} from './lib/schema';

const base = path.resolve(process.env.CONTENT_ROOT ?? './content');

const fromFrontmatterId = ({ entry, data }: { entry: string; data: Record<string, unknown> }) =>
  typeof data.id === 'string' ? data.id : entry;

const loaderFor = (name: CollectionName) => glob({ pattern: COLLECTIONS[name].pattern, base, generateId: fromFrontmatterId });

// Each schema is named here (not taken from COLLECTIONS) so that the entries keep their exact types.
export const collections = {
  principles: defineCollection({ loader: loaderFor('principles'), schema: principleSchema }),
  standards: defineCollection({ loader: loaderFor('standards'), schema: standardSchema }),
  journeys: defineCollection({ loader: loaderFor('journeys'), schema: journeySchema }),
  processes: defineCollection({ loader: loaderFor('processes'), schema: processSchema }),
  specs: defineCollection({ loader: loaderFor('specs'), schema: specSchema }),
  guides: defineCollection({ loader: loaderFor('guides'), schema: guideSchema }),
  strategy: defineCollection({ loader: loaderFor('strategy'), schema: strategySchema }),
  requirements: defineCollection({
    // One entry per spec folder: `specs/<slug>/requirements.yaml` → id `<slug>`.
    loader: glob({ pattern: REQUIREMENTS_PATTERN, base, generateId: ({ entry }) => entry.split('/')[1]! }),
    schema: requirementFileSchema,
  }),
};
