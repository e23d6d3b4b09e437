/**
 * Whether a template's requirements can be answered by a supplier and evaluated by a buyer
 * (DESIGN.md §9): few skal-krav, an acceptance criterion in every verification, equivalent
 * requirements linked both ways, and no active requirement built on a retired standard.
 */
import type { Requirement } from './schema';
import { skalShare } from './currency';

export { skalShare };

/** The words that start the acceptance criterion in a verification («Oppfylt når …»). */
export const ACCEPTANCE_MARK = 'Oppfylt når';
/** At most this share of a template's active requirements may be skal-krav (type `minimum`). */
export const MAX_SKAL_SHARE = 0.4;

export interface TemplateRequirements {
  spec: string;
  requirements: Requirement[];
}

export interface QualityProblem {
  spec: string;
  id?: string;
  message: string;
}

export const isActive = (r: Requirement): boolean => r.removedIn === undefined;


/**
 * Problems across all templates. `standardStatus` maps a standard's id to its status; an active
 * requirement that cites one marked `utgatt` is a problem.
 */
export function requirementQualityProblems(
  templates: TemplateRequirements[],
  standardStatus: ReadonlyMap<string, string> = new Map(),
): QualityProblem[] {
  const problems: QualityProblem[] = [];
  const where = new Map<string, { spec: string; req: Requirement }>();
  for (const t of templates) for (const req of t.requirements) where.set(req.id, { spec: t.spec, req });

  for (const t of templates) {
    const { active, minimum: skal, share } = skalShare(t.requirements);
    if (share > MAX_SKAL_SHARE) {
      problems.push({ spec: t.spec, message: `${skal} av ${active} aktive krav er skal-krav (${Math.round(share * 100)} %); høyst ${MAX_SKAL_SHARE * 100} % er tillatt` });
    }
    for (const req of t.requirements.filter(isActive)) {
      const at = { spec: t.spec, id: req.id };
      if (!req.verification.includes(ACCEPTANCE_MARK)) {
        problems.push({ ...at, message: `kontrollen sier ikke når kravet er oppfylt; skriv et akseptkriterium som begynner med «${ACCEPTANCE_MARK} …»` });
      }
      for (const standard of req.standards) {
        if (standardStatus.get(standard) === 'utgatt') problems.push({ ...at, message: `kravet bygger på «${standard}», som er utgått` });
      }
      for (const other of req.equivalentTo) {
        const target = where.get(other);
        if (!target) problems.push({ ...at, message: `equivalentTo viser til «${other}», som ikke finnes` });
        else if (target.spec === t.spec) problems.push({ ...at, message: `equivalentTo viser til «${other}» i samme mal; bare krav i andre maler kan være likeverdige` });
        else if (!isActive(target.req)) problems.push({ ...at, message: `equivalentTo viser til «${other}», som er fjernet` });
        else if (!target.req.equivalentTo.includes(req.id)) problems.push({ ...at, message: `«${other}» viser ikke tilbake til ${req.id} i equivalentTo` });
        else if (target.req.type !== req.type) problems.push({ ...at, message: `«${other}» er likeverdig, men har en annen kravtype (${target.req.type} mot ${req.type})` });
      }
    }
  }
  return problems;
}
