/**
 * Check rule: every id in a requirement's `equivalentTo` names an existing requirement in another
 * template. An equivalent in the same template would be a duplicate, not an equivalent.
 */
import type { Problem } from '../../source-file';
import type { Rule } from '../types';

export interface EquivalentRuleRequirement {
  file: string;
  spec: string;
  index: number;
  data: { id: string; equivalentTo: readonly string[] };
  parsed: { lineOf(path: readonly PropertyKey[]): number };
}

export function checkEquivalentTo(requirements: readonly EquivalentRuleRequirement[]): Problem[] {
  const specOf = new Map<string, string>();
  for (const r of requirements) if (!specOf.has(r.data.id)) specOf.set(r.data.id, r.spec);
  const problems: Problem[] = [];
  for (const r of requirements) {
    r.data.equivalentTo.forEach((other, i) => {
      const at = (message: string) =>
        problems.push({
          file: r.file,
          line: r.parsed.lineOf(['requirements', r.index, 'equivalentTo', i]),
          field: `requirements[${r.index}].equivalentTo[${i}]`,
          message,
        });
      const spec = specOf.get(other);
      if (spec === undefined) at(`kravet «${other}» finnes ikke i noen kravspesifikasjon`);
      else if (spec === r.spec) at(`kravet «${other}» er i samme mal; equivalentTo viser til et krav i en annen mal som sier det samme`);
    });
  }
  return problems;
}

export const equivalentTo: Rule = {
  name: 'equivalent-to',
  description: 'equivalentTo names an existing requirement in another template',
  check: (context) => checkEquivalentTo(context.requirements),
};
