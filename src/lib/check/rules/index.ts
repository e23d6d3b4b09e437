/**
 * The catalogue of what the toolkit refuses. Each rule is one small module: a pure function from
 * the parsed content (and graph) to problems `{ file, line, field, message }`, with fixture folders
 * in tests/content-fixtures/ named `<rule>` or `<rule>-<case>`.
 *
 * To add a rule: write `rules/<name>.ts` exporting a `Rule` (or a `SourceRule` for checks on a
 * file's raw text, which stop that file before it is parsed), add it to the list below, and add a
 * fixture folder with an `expected.json` ({ file, line?, field, note }).
 *
 * Reading (in check.ts and source-file.ts, not rules): empty file, BOM, CRLF, frontmatter delimiters
 * as Astro reads them, YAML errors (first only), YAML aliases, js-yaml errors, schema (zod) errors —
 * including URL schemes in `sources[].url`, `links[].url`, `ownerUrl`, `supersededBy.url` — and
 * MDX compile errors (`mdx-compile`, with @mdx-js/mdx as the build compiles).
 *
 * Source rules (raw text):
 *   invalid-utf8        not UTF-8
 *   control-character   NUL and other control characters
 *   bidi-character      bidi overrides/isolates anywhere
 *   file-location       folder or extension the build ignores (.md, .yml)
 *   symlink             symbolic link out of the content root
 *   svg-file            SVG files
 * Content rules:
 *   duplicate-id, requirement-id-reused, dangling-reference, reference-list (self/duplicate),
 *   journey-structure, process-structure, retired-requirement-cited, spec-consistency,
 *   spec-folder-id, date-in-future, requirement-text-length, windows-reserved-id,
 *   hidden-characters, internal-link, image, external-link, body-safety, heading-id-collision,
 *   superseded-by, retired-standard-used, skal-share (a warning), variant-link, equivalent-to
 * History (scripts/check.ts + spec-history.ts, against git CHECK_BASE_REF): published versions are
 *   immutable, versions only increase.
 */
import type { Rule, SourceRule } from '../types';
import { bidiCharacter } from './bidi-character';
import { bodySafety } from './body-safety';
import { controlCharacter } from './control-character';
import { retiredStandardUsed, skalShare50, supersededBy } from './currency';
import { danglingReference } from './dangling-reference';
import { dateInFuture } from './date-in-future';
import { duplicateId } from './duplicate-id';
import { externalLink } from './external-link';
import { fileLocation } from './file-location';
import { headingIdCollision } from './heading-id-collision';
import { hiddenCharacters } from './hidden-characters';
import { image } from './image';
import { internalLink } from './internal-link';
import { invalidUtf8 } from './invalid-utf8';
import { journeyStructure } from './journey-structure';
import { processStructure } from './process-structure';
import { referenceList } from './reference-list';
import { requirementIdReused } from './requirement-id-reused';
import { requirementTextLength } from './requirement-text-length';
import { retiredRequirementCited } from './retired-requirement-cited';
import { specConsistency } from './spec-consistency';
import { specFolderId } from './spec-folder-id';
import { svgFile } from './svg-file';
import { symlink } from './symlink';
import { windowsReservedId } from './windows-reserved-id';
import { variantLink } from './variant-link';
import { equivalentTo } from './equivalent-to';

/** Run on every file under the content root, assets included. */
export const ASSET_RULES: SourceRule[] = [symlink, svgFile];

/** Run on content text files before parsing; the first that finds a problem stops the file. */
export const SOURCE_RULES: SourceRule[] = [invalidUtf8, fileLocation, controlCharacter, bidiCharacter];

export const RULES: Rule[] = [
  duplicateId,
  requirementIdReused,
  danglingReference,
  referenceList,
  journeyStructure,
  processStructure,
  retiredRequirementCited,
  specConsistency,
  specFolderId,
  dateInFuture,
  requirementTextLength,
  windowsReservedId,
  hiddenCharacters,
  internalLink,
  image,
  externalLink,
  bodySafety,
  headingIdCollision,
  supersededBy,
  retiredStandardUsed,
  skalShare50,
  variantLink,
  equivalentTo,
];
