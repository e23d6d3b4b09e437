/**
 * The data the requirement basket (/kravutvalg/) needs, published at build time as /api/krav.json:
 * every requirement with its template, references resolved to titles and equivalents in both
 * directions, and per template its version and changelog. Derived from the content graph.
 */
import type { Requirement, Spec } from './schema';
import { itemUrl } from './collections';
import { equivalenceIndex } from './equivalents';

export interface KravReference {
  /** `principles/<id>` or `standards/<id>`, the key of RequirementSet.referenceTitles. */
  key: string;
  title: string;
  url: string;
}

export interface KravEntry extends Requirement {
  spec: string;
  /** Permanent link: the requirement's anchor on its template page. */
  url: string;
  references: KravReference[];
}

export interface KravSpec {
  id: string;
  title: string;
  version: string;
  url: string;
  ssaAppendix: string;
  categories: { id: string; title: string }[];
  changelog: { version: string; date: string; added: string[]; changed: string[]; removed: string[] }[];
}

export interface KravData {
  specs: Record<string, KravSpec>;
  /** Every requirement of every template, retired ones included (with removedIn). */
  requirements: KravEntry[];
  referenceTitles: Record<string, string>;
}

export interface KravDataInput {
  specs: { id: string; data: Spec }[];
  requirements: Map<string, Requirement[]>;
  /** Title of a principle or standard by collection and id. */
  titleOf: (collection: 'principles' | 'standards', id: string) => string;
}

export function kravData({ specs, requirements, titleOf }: KravDataInput): KravData {
  const all = specs.flatMap((s) => (requirements.get(s.id) ?? []).map((r) => ({ spec: s.id, r })));
  const equivalents = equivalenceIndex(all.map(({ r }) => r));
  const referenceTitles: Record<string, string> = {};
  const reference = (collection: 'principles' | 'standards', id: string): KravReference => {
    const key = `${collection}/${id}`;
    referenceTitles[key] ??= titleOf(collection, id);
    return { key, title: referenceTitles[key], url: itemUrl(collection, id) };
  };
  return {
    specs: Object.fromEntries(
      specs.map(({ id, data }) => [
        id,
        {
          id,
          title: data.title,
          version: data.version,
          url: itemUrl('specs', id),
          ssaAppendix: data.ssaAppendix,
          categories: data.categories.map((c) => ({ id: c.id, title: c.title })),
          changelog: data.changelog.map((e) => ({ version: e.version, date: e.date, added: e.added, changed: e.changed, removed: e.removed })),
        },
      ]),
    ),
    requirements: all.map(({ spec, r }) => ({
      ...r,
      equivalentTo: equivalents.get(r.id) ?? [],
      spec,
      url: `${itemUrl('specs', spec)}#${r.id}`,
      references: [...r.principles.map((p) => reference('principles', p)), ...r.standards.map((s) => reference('standards', s))],
    })),
    referenceTitles,
  };
}
