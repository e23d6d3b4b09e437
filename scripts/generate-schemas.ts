/** `npm run schemas`: writes schemas/<type>.schema.json from the zod model. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { JSON_SCHEMA_SOURCES, jsonSchemaFor, type JsonSchemaName } from '../src/lib/json-schema';
import { projectRoot } from './content-files';

export const schemaFile = (name: JsonSchemaName) => path.join(projectRoot, 'schemas', `${name}.schema.json`);
export const schemaText = (name: JsonSchemaName) => `${JSON.stringify(jsonSchemaFor(name), null, 2)}\n`;

if (process.argv[1]?.endsWith('generate-schemas.ts')) {
  mkdirSync(path.join(projectRoot, 'schemas'), { recursive: true });
  for (const name of Object.keys(JSON_SCHEMA_SOURCES) as JsonSchemaName[]) {
    writeFileSync(schemaFile(name), schemaText(name));
    console.log(`Skrev schemas/${name}.schema.json`);
  }
}
