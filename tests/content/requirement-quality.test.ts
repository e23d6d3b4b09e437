/**
 * Every template in content/ must be answerable by a supplier and evaluable by a buyer:
 * at most 40 % skal-krav, an acceptance criterion («Oppfylt når …») in every active verification,
 * equivalent requirements linked both ways, migration requirements with fields for the buyer,
 * and no active requirement built on a retired standard.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check';
import { ACCEPTANCE_MARK, MAX_SKAL_SHARE, isActive, requirementQualityProblems, skalShare, type TemplateRequirements } from '../../src/lib/requirement-quality';
import { readContentFiles } from '../../scripts/content-files';

const { items, requirements } = checkContent(readContentFiles(), { today: '2100-01-01' });
const specs = items.filter((i) => i.collection === 'specs').map((i) => i.id).sort();
const templates: TemplateRequirements[] = specs.map((spec) => ({
  spec,
  requirements: requirements.filter((r) => r.spec === spec).map((r) => r.data),
}));
const standardStatus = new Map(items.filter((i) => i.collection === 'standards').map((i) => [i.id, String(i.data.status)]));

describe('requirements in every template', () => {
  it('finds the seven templates and their requirements', () => {
    expect(templates.length).toBeGreaterThanOrEqual(7);
    for (const t of templates) expect(t.requirements.filter(isActive).length, t.spec).toBeGreaterThan(10);
  });

  it.each(specs)('%s: at most 40 % of the active requirements are skal-krav', (spec) => {
    const { share } = skalShare(templates.find((t) => t.spec === spec)!.requirements);
    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThanOrEqual(MAX_SKAL_SHARE);
  });

  it.each(specs)('%s: every active verification says when the requirement is met', (spec) => {
    const missing = templates.find((t) => t.spec === spec)!.requirements
      .filter((r) => isActive(r) && !r.verification.includes(ACCEPTANCE_MARK))
      .map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it('has no quality problems across templates (equivalents, retired standards)', () => {
    expect(requirementQualityProblems(templates, standardStatus)).toEqual([]);
  });

  it('gives the buyer fields to fill in for every migration requirement', () => {
    const all = templates.flatMap((t) => t.requirements);
    for (const id of ['SA-D-001', 'HOV-D-001', 'BPG-D-001']) {
      const req = all.find((r) => r.id === id);
      expect(req, id).toBeDefined();
      expect(req!.buyerFields.map((f) => f.label), id).toContain('Dagens system' + (id === 'SA-D-001' ? '' : 'er'));
      expect(req!.buyerFields.some((f) => /format/i.test(f.label)), id).toBe(true);
    }
  });

  it('links the postliste requirement in both templates, with the same text', () => {
    const all = new Map(templates.flatMap((t) => t.requirements).map((r) => [r.id, r]));
    const sa = all.get('SA-P-001')!;
    const inn = all.get('INN-I-001')!;
    expect(sa.equivalentTo).toContain('INN-I-001');
    expect(inn.equivalentTo).toContain('SA-P-001');
    expect(inn.text).toBe(sa.text);
    expect(inn.guidance).toMatch(/SA-P-001.*eier kravet/);
  });

  it('names the versions of WCAG and EHF / Peppol BIS Billing where the requirements use them', () => {
    const active = templates.flatMap((t) => t.requirements).filter(isActive);
    const wcag = active.filter((r) => r.standards.includes('wcag') && r.type === 'minimum');
    expect(wcag.length).toBeGreaterThanOrEqual(5);
    for (const r of wcag) expect(r.text, r.id).toMatch(/WCAG 2\.1 nivå AA.*EN 301 549/);
    expect(active.find((r) => r.id === 'EH-F-001')!.text).toMatch(/Peppol BIS Billing 3\.0/);
  });
});
