import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check';
import { readContentFiles } from '../../scripts/content-files';
import { benefitBase } from '../../src/node/benefit-base';
import { services, costChannel, wholeShares } from '../../src/lib/service';
import { compareVariants } from '../../src/lib/compare';
import { computeBenefit, summarise, validateInputs, inputsToFields, round, formatNumber, parseNumber, allFieldNames } from '../../src/lib/benefit';
import { serviceInputs } from '../../src/lib/tools/inputs';
import { gevinstanalyse, inputRows, SUMMARY_ROWS } from '../../src/lib/tools/gevinstanalyse';
import { gevinstrealiseringsplan, PLAN_COLUMNS } from '../../src/lib/tools/gevinstplan';
import { prosjektplan } from '../../src/lib/tools/prosjektplan';
import { beslutningsgrunnlag, decisionEstimate } from '../../src/lib/tools/beslutningsgrunnlag';
import { versionDate, type ToolContext } from '../../src/lib/tools/context';
import type { Journey, Process } from '../../src/lib/schema';
import type { Block, Cell, DocumentModel, WorkbookModel } from '../../src/lib/export/model';

const { items } = checkContent(readContentFiles());
const of = <T>(c: string) => items.filter((i) => i.collection === c).map((i) => ({ id: i.id, data: i.data as unknown as T }));
const journeys = of<Journey>('journeys');
const processes = of<Process>('processes');
const base = benefitBase();
const all = services(journeys, processes);
const titles = {
  specs: Object.fromEntries(items.filter((i) => i.collection === 'specs').map((i) => [i.id, String(i.data.title)])),
  standards: Object.fromEntries(items.filter((i) => i.collection === 'standards').map((i) => [i.id, String(i.data.title)])),
};
const ctxFor = (id: string, siteUrl?: string): ToolContext => {
  const service = all.find((s) => s.id === id)!;
  return { service, base, titles, siteUrl, date: versionDate(service, base) };
};

describe('service model', () => {
  it('has at least six services: journeys with both variants and processes no such journey covers', () => {
    expect(all.length).toBeGreaterThanOrEqual(6);
    const ids = all.map((s) => s.id);
    for (const id of ['byggesoknad', 'legetime-og-e-resept', 'politiske-saksdokumenter', 'slamtomming', 'startlan-og-bostotte', 'e-handel-og-fakturabehandling']) expect(ids).toContain(id);
    // A journey's own caseworker process is not a service of its own.
    expect(ids).not.toContain('byggesak-saksbehandling');
  });

  it('derives byggesøknad from its journey and process, not from typed figures', () => {
    const s = all.find((x) => x.id === 'byggesoknad')!;
    const journey = journeys.find((j) => j.id === 'byggesoknad')!.data;
    const today = journey.variants.find((v) => v.variant === 'dagens')!.phases.flatMap((p) => p.steps);
    expect(s.touchpoints.today).toBe(today.length);
    expect(s.channelCounts.today.skriftlig).toBe(today.filter((x) => x.channel === 'papir').length);
    expect(Object.values(s.channelShares.today).reduce((a, b) => a + b, 0)).toBe(100);
    expect(s.channelShares.future.digital).toBeGreaterThan(s.channelShares.today.digital);
    const comparison = compareVariants(processes.find((p) => p.id === 'byggesak-saksbehandling')!.data)!;
    expect(s.processes.map((p) => p.id)).toContain('byggesak-saksbehandling');
    expect(s.manualSteps.today).toBeGreaterThanOrEqual(comparison.manualSteps.today);
    expect(s.componentsIntroduced).toContain('id-porten');
    expect(s.specs).toEqual(expect.arrayContaining(['byggesak-plan-og-geodata', 'sak-og-arkiv']));
    expect(s.painPoints.length).toBeGreaterThan(3);
    expect(s.criticalSteps.every((c) => c.score <= 2)).toBe(true);
    expect(s.roles.length).toBeGreaterThan(0);
    expect(s.trainingNeeds.length).toBeGreaterThan(0);
  });

  it('maps free-text channels to cost channels and shares to whole percentages summing to 100', () => {
    expect(costChannel('papir')).toBe('skriftlig');
    expect(costChannel('oppmøte eller digital')).toBe('oppmote');
    expect(costChannel('SMS')).toBe('digital');
    expect(wholeShares({ digital: 1, telefon: 1, oppmote: 1, skriftlig: 0 })).toEqual({ digital: 34, telefon: 33, oppmote: 33, skriftlig: 0 });
    expect(wholeShares({ digital: 0, telefon: 0, oppmote: 0, skriftlig: 0 }).digital).toBe(100);
  });
});

describe('benefit calculation', () => {
  const inputs = {
    cases: 200, minutesToday: 90, minutesFuture: 30, yearCost: 1_200_000, hoursPerYear: 1_500, contactsToday: 4, contactsFuture: 2,
    unitCost: { digital: 5, telefon: 50, oppmote: 100, skriftlig: 120 },
    sharesToday: { digital: 0, telefon: 50, oppmote: 0, skriftlig: 50 },
    sharesFuture: { digital: 100, telefon: 0, oppmote: 0, skriftlig: 0 },
  };
  it('computes hours and kroner per year by hand-checked arithmetic', () => {
    const r = computeBenefit(inputs);
    expect(r.hoursSaved).toBe(200); // 200 × 60 min ÷ 60
    expect(r.hourlyCost).toBe(800);
    expect(r.caseworkSaved).toBe(160_000);
    expect(r.channelCostToday).toBe(200 * 4 * 0.5 * 50 + 200 * 4 * 0.5 * 120); // 68 000
    expect(r.channelCostFuture).toBe(200 * 2 * 5); // 2 000
    expect(r.totalSaved).toBe(160_000 + 66_000);
    expect(summarise(r)).toEqual({ hoursSaved: 200, caseworkSaved: 160_000, channelSaved: 66_000, totalSaved: 226_000, fteSaved: 0.13 });
  });
  it('rounds half away from zero like a spreadsheet', () => {
    expect(round(2.5)).toBe(3);
    expect(round(-2.5)).toBe(-3);
    expect(round(1.005, 2)).toBe(1.01);
    expect(formatNumber(1234567.5, 1)).toBe('1 234 567,5');
  });
  it('validates every field with a Norwegian message and never lets NaN through', () => {
    const fields = inputsToFields(inputs);
    expect(validateInputs(fields).inputs).toEqual(inputs);
    const bad = validateInputs({ ...fields, cases: '', minutesToday: 'tretti', minutesFuture: '-5', hoursPerYear: '0', 'sharesToday.telefon': '40' });
    expect(bad.inputs).toBeUndefined();
    expect(bad.errors.cases).toMatch(/tomt/);
    expect(bad.errors.minutesToday).toMatch(/ikke et tall/);
    expect(bad.errors.minutesFuture).toMatch(/negativt/);
    expect(bad.errors.hoursPerYear).toMatch(/større enn 0/);
    expect(bad.errors.sharesToday).toMatch(/100 %.*90 %/);
    expect(parseNumber('1 200 000')).toBe(1_200_000);
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber('1e400')).toBeUndefined();
    expect(parseNumber('Infinity')).toBeUndefined();
    expect(allFieldNames()).toHaveLength(19);
  });
});

const cellValue = (c: Cell) => (c !== null && typeof c === 'object' ? c : { value: c });
const blocksText = (blocks: Block[]) => JSON.stringify(blocks);

describe('tool models', () => {
  const ctx = ctxFor('byggesoknad');
  it('gevinstanalyse: inputs with sources, live formulas that reference the inputs, summary first', () => {
    const wb: WorkbookModel = gevinstanalyse(ctx);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Sammendrag', 'Inndata', 'Beregning', 'Kvalitative gevinster', 'Om analysen']);
    const inputSheet = wb.sheets[1]!;
    const { inputs, notes } = serviceInputs(ctx.service, base);
    const rows = inputRows(notes.map((n) => n.field));
    expect(cellValue(inputSheet.rows[rows.cases - 1]![1]!).value).toBe(inputs.cases);
    expect(cellValue(inputSheet.rows[rows['unitCost.telefon'] - 1]![1]!).value).toBe(50);
    expect(String(inputSheet.rows[rows['unitCost.telefon'] - 1]![3])).toMatch(/Devoteam.*2011/);
    expect(String(inputSheet.rows[rows.cases - 1]![3])).toMatch(/Eksempelverdi/);
    const summary = wb.sheets[0]!;
    expect(SUMMARY_ROWS.map((_, i) => cellValue(summary.rows[i + 1]![1]!).formula)).toEqual(SUMMARY_ROWS.map((r) => `ROUND(Beregning!${r.cell},${r.digits})`));
    const calc = wb.sheets[2]!;
    expect(cellValue(calc.rows[2]![1]!).formula).toBe(`Inndata!B${rows.cases}*Inndata!B${rows.minutesToday}/60`);
    expect(wb.sheets[3]!.rows.length).toBeGreaterThan(3);
    expect(JSON.stringify(wb)).not.toMatch(/example\.no|NaN|Infinity/);
  });
  it('gevinstrealiseringsplan: the ten columns, prefilled rows, local columns marked and empty', () => {
    const plan = gevinstrealiseringsplan(ctx).sheets[0]!;
    expect(plan.rows[0]).toEqual([...PLAN_COLUMNS]);
    const digital = plan.rows.find((r) => r[2] === 'Andel digitale henvendelser')!;
    expect(cellValue(digital[4]!).value).toBe(ctx.service.channelShares.today.digital);
    expect(cellValue(digital[6]!)).toEqual({ value: null, style: 'input' });
    expect(cellValue(digital[7]!)).toEqual({ value: null, style: 'input' });
  });
  it('prosjektplan: four phases, deliverables, milestones, roles from the lanes, risks with sources, opplæringsplan', () => {
    const doc: DocumentModel = prosjektplan(ctx);
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text);
    expect(headings).toEqual(expect.arrayContaining(['1. Kartlegge behov, krav og gevinster', '4. Realisere gevinster', 'Milepæler', 'Roller', 'Risikoer', 'Opplæringsplan']));
    const text = blocksText(doc.blocks);
    for (const role of ctx.service.roles) expect(text).toContain(role);
    for (const f of base.successFactors) expect(text).toContain(f.risk);
    expect(text).toContain('/kravspesifikasjoner/byggesak-plan-og-geodata/');
    expect(text).not.toContain('"href"'); // no SITE_URL: no absolute links
    expect(blocksText(prosjektplan(ctxFor('byggesoknad', 'https://kommune.test/')).blocks)).toContain('"href":"https://kommune.test/verktoy/gevinstkalkulator/"');
  });
  it('beslutningsgrunnlag: pain points, proposal, templates, components, the estimate labelled and equal to the calculator', () => {
    const doc = beslutningsgrunnlag(ctx);
    const text = blocksText(doc.blocks);
    expect(text).toContain(ctx.service.painPoints[0]!.text);
    expect(text).toContain('anslag');
    const estimate = decisionEstimate(ctx);
    expect(estimate).toEqual(summarise(computeBenefit(serviceInputs(ctx.service, base).inputs)));
    expect(text).toContain(`${formatNumber(estimate.totalSaved)} kr`);
    expect(text).toContain('ID-porten');
    expect(doc.blocks.filter((b) => b.kind === 'fields').length).toBeGreaterThanOrEqual(2);
  });
  it('every service gets all four models without NaN', () => {
    for (const s of all) {
      const c = ctxFor(s.id);
      const json = JSON.stringify([gevinstanalyse(c), gevinstrealiseringsplan(c), prosjektplan(c), beslutningsgrunnlag(c)]);
      expect(json).not.toMatch(/NaN|Infinity|undefined/);
      expect(Number.isFinite(decisionEstimate(c).totalSaved)).toBe(true);
    }
  });
});

describe('benefit base content', () => {
  it('reports a broken value with file and line', () => {
    const files = readContentFiles().filter((f) => f.relative === 'tools/gevinstgrunnlag.yaml');
    const broken = files[0]!.text.replace('    value: 50\n', '    value: -50\n');
    const { problems } = checkContent([{ ...files[0]!, text: broken }]);
    const line = broken.split('\n').findIndex((l) => l === '    value: -50') + 1;
    expect(problems).toContainEqual(expect.objectContaining({ line, field: 'unitCosts[1].value', message: 'kan ikke være negativt' }));
  });
});
