import { folderOf, hintFor, type Problem, type Rule } from '../types';

export interface SpecData {
  version: string;
  categories: { id: string }[];
  changelog: { version: string; date: string; added: string[]; changed: string[]; removed: string[] }[];
}

export const specConsistency: Rule = {
  name: 'spec-consistency',
  description: 'a template without requirements file, unknown categories, changelog entries that do not match the requirements',
  check({ items, requirements, requirementFiles, unreadableRequirementSpecs }) {
    const problems: Problem[] = [];
    const specs = items.filter((i) => i.collection === 'specs');
    const specFolders = new Set(specs.map((s) => folderOf(s.file)));
    for (const spec of specs) {
      const folder = folderOf(spec.file);
      if (unreadableRequirementSpecs.has(folder)) continue;
      if (!requirementFiles.some((f) => f.spec === folder)) {
        problems.push({ file: spec.file, line: 1, field: '(fil)', message: 'kravspesifikasjonen mangler kravfilen requirements.yaml i samme mappe' });
      }
      const data = spec.data as unknown as SpecData;
      const latest = data.changelog[0];
      if (latest && latest.version !== data.version) {
        problems.push({ file: spec.file, line: spec.parsed.lineOf(['changelog', 0, 'version']), field: 'changelog[0].version', message: `den øverste oppføringen i endringsloggen må gjelde gjeldende versjon ${data.version} (står ${latest.version})` });
      }
      const own = requirements.filter((r) => r.spec === folder);
      const ownIds = new Set(own.map((r) => r.data.id));
      const categories = new Set(data.categories.map((c) => c.id));
      for (const req of own) {
        if (!categories.has(req.data.category)) {
          problems.push({ file: req.file, line: req.parsed.lineOf(['requirements', req.index, 'category']), field: `requirements[${req.index}].category`, message: `kategorien «${req.data.category}» er ikke definert under categories i index.mdx${hintFor(req.data.category, categories)}` });
        }
        if (req.data.removedIn && !data.changelog.some((e) => e.version === req.data.removedIn && e.removed.includes(req.data.id))) {
          problems.push({ file: req.file, line: req.parsed.lineOf(['requirements', req.index, 'removedIn']), field: `requirements[${req.index}].removedIn`, message: `kravet er merket fjernet i ${req.data.removedIn}, men endringsloggen for den versjonen nevner det ikke under removed` });
        }
      }
      data.changelog.forEach((entry, e) => {
        for (const kind of ['added', 'changed', 'removed'] as const) {
          entry[kind].forEach((id, i) => {
            if (!ownIds.has(id)) {
              problems.push({ file: spec.file, line: spec.parsed.lineOf(['changelog', e, kind, i]), field: `changelog[${e}].${kind}[${i}]`, message: `kravet «${id}» finnes ikke i requirements.yaml for denne malen (fjernede krav skal stå der med removedIn)` });
            }
          });
        }
        entry.removed.forEach((id, i) => {
          const req = own.find((r) => r.data.id === id);
          if (req && req.data.removedIn !== entry.version) {
            problems.push({ file: spec.file, line: spec.parsed.lineOf(['changelog', e, 'removed', i]), field: `changelog[${e}].removed[${i}]`, message: `kravet «${id}» er fjernet i ${entry.version}, men har ikke removedIn: ${entry.version} i requirements.yaml` });
          }
        });
      });
    }
    for (const file of requirementFiles) {
      if (!specFolders.has(file.spec)) {
        problems.push({ file: file.parsed.file, line: 1, field: '(fil)', message: 'kravfilen har ingen index.mdx med kravspesifikasjonen i samme mappe' });
      }
    }
    return problems;
  },
};
