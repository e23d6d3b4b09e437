/**
 * `npm run new -- <type> "<Tittel>"`: creates a valid content file to start from.
 * Refuses unknown types, titles without letters and existing files; writes nothing then.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../src/lib/check';
import { SCAFFOLD_FOLDERS, SCAFFOLD_TYPES, idFromSlug, requirementPrefix, scaffold, type ScaffoldType } from '../src/lib/scaffold';
import { slugify } from '../src/lib/text';
import { contentRoot, readContentFiles } from './content-files';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [type, ...titleParts] = process.argv.slice(2);
const title = titleParts.join(' ').trim();
if (!type || !SCAFFOLD_TYPES.includes(type as ScaffoldType)) {
  fail(`Ukjent type «${type ?? ''}». Gyldige typer: ${SCAFFOLD_TYPES.join(', ')}.\nBruk: npm run new -- <type> "<Tittel>"`);
}
if (!title) fail('Skriv en tittel i anførselstegn, for eksempel: npm run new -- journey "Søknad om barnehageplass"');
const slug = idFromSlug(slugify(title));
if (!slug) fail(`Tittelen «${title}» gir ingen filnavn: den må inneholde minst én bokstav eller ett tall.`);

const root = contentRoot();
const scaffoldType = type as ScaffoldType;
const target = path.join(root, SCAFFOLD_FOLDERS[scaffoldType], scaffoldType === 'spec' ? slug : `${slug}.mdx`);
if (existsSync(target)) fail(`${path.relative(process.cwd(), target)} finnes allerede. Velg en annen tittel, eller rediger filen som finnes.`);

const { items, requirements } = checkContent(readContentFiles(root));
const takenIds = new Set(items.filter((i) => i.collection === SCAFFOLD_FOLDERS[scaffoldType]).map((i) => i.id));
let id = slug;
for (let n = 2; takenIds.has(id); n++) id = `${slug}-${n}`;

const principleNumber = Math.max(0, ...items.filter((i) => i.collection === 'principles').map((i) => Number(i.data.number))) + 1;
const usedRequirementIds = new Set(requirements.map((r) => r.data.id));
const prefix = requirementPrefix(id);
let requirementNumber = 1;
while (usedRequirementIds.has(`${prefix}-F-${String(requirementNumber).padStart(3, '0')}`)) requirementNumber++;

const files = scaffold({
  type: scaffoldType,
  title,
  id,
  today: new Date().toISOString().slice(0, 10),
  principleNumber,
  requirementId: `${prefix}-F-${String(requirementNumber).padStart(3, '0')}`,
});
for (const file of files) {
  const full = path.join(root, file.path);
  if (existsSync(full)) fail(`${path.relative(process.cwd(), full)} finnes allerede. Ingenting ble skrevet.`);
}
for (const file of files) {
  const full = path.join(root, file.path);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, file.text);
  console.log(`Laget ${path.relative(process.cwd(), full)}`);
}
console.log('\nNeste steg: fyll inn feltene, kjør «npm run check», og se siden med «npm run dev».');
