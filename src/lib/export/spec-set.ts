/** A template (one version of a spec and its requirements) as a RequirementSet. Pure. */
import type { Requirement, Spec } from '../schema';
import type { RequirementSet } from './requirement-set';

export interface SpecSetInput {
  id: string;
  spec: Pick<Spec, 'title' | 'version' | 'scope' | 'ssaAppendix' | 'categories' | 'changelog' | 'updated'>;
  requirements: Requirement[];
  /** Titles keyed `principles/<id>` / `standards/<id>`. */
  titles: Record<string, string>;
  /** Absolute URL of the template page; only when the site URL is configured. */
  sourceUrl?: string;
  notice?: string;
}

/** One version of a template as the input of the document and workbook builders. */
export function specRequirementSet({ id, spec, requirements, titles, sourceUrl, notice }: SpecSetInput): RequirementSet {
  const active = requirements.filter((r) => !r.removedIn);
  const used = new Set(active.flatMap((r) => [...r.principles.map((p) => `principles/${p}`), ...r.standards.map((s) => `standards/${s}`)]));
  const date = spec.changelog.find((c) => c.version === spec.version)?.date ?? spec.changelog[0]?.date ?? spec.updated;
  return {
    title: spec.title,
    appendix: spec.ssaAppendix,
    version: spec.version,
    date,
    scope: spec.scope,
    ...(sourceUrl ? { sourceUrl } : {}),
    ...(notice ? { notice } : {}),
    groups: spec.categories
      .map((c) => ({
        templateId: id,
        templateTitle: spec.title,
        templateVersion: spec.version,
        categoryId: c.id,
        categoryTitle: c.title,
        requirements: active.filter((r) => r.category === c.id),
      }))
      .filter((g) => g.requirements.length > 0),
    referenceTitles: Object.fromEntries(Object.entries(titles).filter(([k]) => used.has(k))),
  };
}
