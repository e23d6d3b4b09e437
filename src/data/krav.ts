/**
 * Per-requirement facts the pages that list requirements need for the basket checkboxes and the
 * «Tilsvarer» links: its template (title, version) and its equivalents in both directions.
 */
import { siteData } from './site';
import { equivalenceIndex } from '../lib/equivalents';
import { itemUrl } from '../lib/collections';
import type { Requirement } from '../lib/schema';

export interface RequirementInfo {
  requirement: Requirement;
  spec: string;
  specTitle: string;
  specVersion: string;
  url: string;
  /** Ids of equivalent requirements in other templates (derived, symmetric). */
  equivalentTo: string[];
}

let cached: Promise<Map<string, RequirementInfo>> | undefined;

async function load(): Promise<Map<string, RequirementInfo>> {
  const { data } = await siteData();
  const all = data.specs.flatMap((s) => (data.requirements.get(s.id) ?? []).map((requirement) => ({ spec: s, requirement })));
  const equivalents = equivalenceIndex(all.map((a) => a.requirement));
  return new Map(
    all.map(({ spec, requirement }) => [
      requirement.id,
      {
        requirement,
        spec: spec.id,
        specTitle: spec.data.title,
        specVersion: spec.data.version,
        url: `${itemUrl('specs', spec.id)}#${requirement.id}`,
        equivalentTo: equivalents.get(requirement.id) ?? [],
      },
    ]),
  );
}

export function requirementInfo(): Promise<Map<string, RequirementInfo>> {
  cached ??= load();
  return cached;
}
