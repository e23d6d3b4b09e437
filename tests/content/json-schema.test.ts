/**
 * The JSON Schemas for editors are generated from the zod model: the committed files must equal a
 * fresh generation, accept every content file, and judge every fixture file as zod does.
 */
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { JSON_SCHEMA_SOURCES, jsonSchemaFor, type JsonSchemaName } from '../../src/lib/json-schema';
import { schemaFile, schemaText } from '../../scripts/generate-schemas';
import { readContentFiles } from '../../scripts/content-files';
import { collectionFor } from '../../src/lib/check';
import { parseContentFile } from '../../src/lib/source-file';

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const NAMES = Object.keys(JSON_SCHEMA_SOURCES) as JsonSchemaName[];
const validators = Object.fromEntries(NAMES.map((n) => [n, ajv.compile(jsonSchemaFor(n))]));
const SCHEMA_FOR: Record<string, JsonSchemaName> = {
  principles: 'principle', standards: 'standard', journeys: 'journey', processes: 'process',
  specs: 'spec', requirements: 'requirements', guides: 'guide', strategy: 'strategy', tools: 'gevinstgrunnlag',
};

function verdicts(root: string) {
  return readContentFiles(root).map((file) => {
    const collection = collectionFor(file.relative);
    const parsed = parseContentFile(file.file, file.text);
    if (!collection || !parsed.ok) return { file: file.file, zod: false, json: false };
    const name = SCHEMA_FOR[collection]!;
    const zod = JSON_SCHEMA_SOURCES[name].schema.safeParse(parsed.parsed.data).success;
    const json = validators[name]!(parsed.parsed.data) as boolean;
    return { file: file.file, zod, json, errors: validators[name]!.errors };
  });
}

describe('JSON Schemas', () => {
  it.each(NAMES)('schemas/%s.schema.json is up to date with the zod model (run npm run schemas)', (name) => {
    expect(readFileSync(schemaFile(name), 'utf8')).toBe(schemaText(name));
  });

  it('accept every existing content file', () => {
    const results = verdicts(path.resolve('content'));
    expect(results.length).toBeGreaterThan(80);
    expect(results.filter((r) => !r.json).map((r) => `${r.file}: ${JSON.stringify(r.errors)}`)).toEqual([]);
  });

  it('judge every file of every broken fixture as the zod model does', () => {
    const fixtures = path.resolve('tests/content-fixtures');
    let rejected = 0;
    for (const name of readdirSync(fixtures)) {
      for (const r of verdicts(path.join(fixtures, name))) {
        expect(r.json, `${r.file}`).toBe(r.zod);
        if (!r.json) rejected++;
      }
    }
    // Graph problems (dangling references, duplicates, loops, links, diagrams) need npm run check;
    // every schema-level fixture is rejected by the JSON Schema too.
    expect(rejected).toBeGreaterThanOrEqual(18);
  });
});
