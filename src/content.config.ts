/**
 * Astro content collections. The schemas and folders come from src/lib (one place), so that
 * `npm run check`, the JSON Schemas and the site validate the same way.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { COLLECTIONS, REQUIREMENTS_PATTERN, type CollectionName } from './lib/collections';
import { requirementFileSchema } from './lib/schema';

const base = path.resolve(process.env.CONTENT_ROOT ?? './content');

const fromFrontmatterId = ({ entry, data }: { entry: string; data: Record<string, unknown> }) =>
  typeof data.id === 'string' ? data.id : entry;

const itemCollection = (name: CollectionName) =>
  defineCollection({
    loader: glob({ pattern: COLLECTIONS[name].pattern, base, generateId: fromFrontmatterId }),
    schema: COLLECTIONS[name].schema,
  });

export const collections = {
  principles: itemCollection('principles'),
  standards: itemCollection('standards'),
  journeys: itemCollection('journeys'),
  processes: itemCollection('processes'),
  specs: itemCollection('specs'),
  guides: itemCollection('guides'),
  strategy: itemCollection('strategy'),
  requirements: defineCollection({
    // One entry per spec folder: `specs/<slug>/requirements.yaml` → id `<slug>`.
    loader: glob({ pattern: REQUIREMENTS_PATTERN, base, generateId: ({ entry }) => entry.split('/')[1]! }),
    schema: requirementFileSchema,
  }),
};
