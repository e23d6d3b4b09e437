/**
 * JSON Schemas for editors, generated from the zod schemas (never written by hand), so that
 * VS Code can offer completion and validation in frontmatter and YAML.
 */
import { z } from 'astro/zod';
import {
  benefitBaseSchema,
  guideSchema,
  journeySchema,
  principleSchema,
  processSchema,
  requirementFileSchema,
  specSchema,
  standardSchema,
  strategySchema,
} from './schema';

export const JSON_SCHEMA_SOURCES = {
  principle: { schema: principleSchema, title: 'Prinsipp', files: 'content/principles/*.mdx' },
  standard: { schema: standardSchema, title: 'Standard eller felleskomponent', files: 'content/standards/*.mdx' },
  journey: { schema: journeySchema, title: 'Brukerreise', files: 'content/journeys/*.mdx' },
  process: { schema: processSchema, title: 'Arbeidsprosess', files: 'content/processes/*.mdx' },
  spec: { schema: specSchema, title: 'Kravspesifikasjonsmal', files: 'content/specs/*/index.mdx' },
  requirements: { schema: requirementFileSchema, title: 'Krav i en kravspesifikasjonsmal', files: 'content/specs/*/requirements.yaml' },
  guide: { schema: guideSchema, title: 'Veiledning', files: 'content/guides/*.mdx' },
  strategy: { schema: strategySchema, title: 'Strategi', files: 'content/strategy/*.mdx' },
  gevinstgrunnlag: { schema: benefitBaseSchema, title: 'Grunnlag for gevinstverktøyene', files: 'content/tools/gevinstgrunnlag.yaml' },
} as const;

export type JsonSchemaName = keyof typeof JSON_SCHEMA_SOURCES;

type Json = Record<string, unknown>;

/**
 * Rules zod checks in code that JSON Schema must be told separately: a calendar date (not just
 * its shape), and that an evaluation requirement has a weight.
 */
function supplement(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(supplement);
  if (!node || typeof node !== 'object') return;
  const object = node as Json;
  if (object.type === 'string' && object.pattern === '^\\d{4}-\\d{2}-\\d{2}$') object.format = 'date';
  const properties = object.properties as Json | undefined;
  if (properties?.type && properties.weight && (properties.type as Json).enum) {
    object.if = { properties: { type: { const: 'evaluering' } }, required: ['type'] };
    object.then = { required: ['weight'] };
  }
  Object.values(object).forEach(supplement);
}

export function jsonSchemaFor(name: JsonSchemaName): Json {
  const source = JSON_SCHEMA_SOURCES[name];
  const schema = z.toJSONSchema(source.schema, { io: 'input', unrepresentable: 'any' }) as Json;
  supplement(schema);
  return { ...schema, $id: `https://verktoykasse.kommit/schemas/${name}.schema.json`, title: source.title };
}
