/** Reads the benefit base (content/tools/gevinstgrunnlag.yaml) as the build and the tests use it. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { BENEFIT_BASE_FILE } from '../lib/check';
import { benefitBaseSchema, type BenefitBase } from '../lib/schema';

let cached: BenefitBase | undefined;

/**
 * The defaults are site-wide: a content root without its own file (a test fixture, the benchmark
 * corpus) uses the repository's. `npm run check` has validated the file before any build.
 */
export function benefitBase(): BenefitBase {
  if (cached) return cached;
  const own = path.resolve(process.env.CONTENT_ROOT ?? 'content', BENEFIT_BASE_FILE);
  // The build and the tests run from the project root (import.meta.dirname is a bundle chunk's folder at build time).
  const file = existsSync(own) ? own : path.resolve('content', BENEFIT_BASE_FILE);
  cached = benefitBaseSchema.parse(parse(readFileSync(file, 'utf8')));
  return cached;
}
