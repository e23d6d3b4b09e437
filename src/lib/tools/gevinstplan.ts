/**
 * Gevinstrealiseringsplan (xlsx + ods): one row per benefit, prefilled from the service (indicator,
 * baseline and target estimates from the journey and process) with the local columns — when, owner —
 * empty and marked as fields to fill.
 */
import { computeBenefit, formatNumber } from '../benefit';
import type { Cell, Sheet, WorkbookModel } from '../export/model';
import { ESTIMATE_NOTE, pageAddress, type ToolContext } from './context';
import { serviceInputs } from './inputs';
import { qualitativeBenefits } from './qualitative';

export const PLAN_COLUMNS = ['Gevinst', 'Gevinsttype', 'Indikator', 'Måleenhet', 'Utgangspunkt', 'Mål', 'Når', 'Gevinsteier', 'Målemetode', 'Tiltak'] as const;

interface PlanRow {
  gevinst: string;
  type: string;
  indikator: string;
  enhet: string;
  utgangspunkt?: number;
  mal?: number;
  metode: string;
  tiltak: string;
}

export function planRows(ctx: ToolContext): PlanRow[] {
  const { service, base } = ctx;
  const { inputs } = serviceInputs(service, base);
  const result = computeBenefit(inputs);
  const typeTitle = (id: string) => base.benefitTypes.find((t) => t.id === id)?.title ?? id;
  const rows: PlanRow[] = [];
  if (service.kind === 'journey') {
    rows.push({
      gevinst: 'Flere henvendelser går digitalt',
      type: typeTitle('okt-brukerservice'),
      indikator: 'Andel digitale henvendelser',
      enhet: '%',
      utgangspunkt: service.channelShares.today.digital,
      mal: service.channelShares.future.digital,
      metode: 'Tell henvendelser per kanal i en periode, for eksempel fra sak- og arkivsystemet og sentralbordet.',
      tiltak: service.proposal[0] ?? 'Ta i bruk den fremtidige tjenesten.',
    });
    rows.push({
      gevinst: 'Lavere kanalkostnader',
      type: typeTitle('sparte-kostnader'),
      indikator: 'Kanalkostnad per år',
      enhet: 'kr',
      utgangspunkt: Math.round(result.channelCostToday),
      mal: Math.round(result.channelCostFuture),
      metode: 'Henvendelser per kanal × kommunens egen kostnad per henvendelse.',
      tiltak: 'Gjør den digitale kanalen til førstevalget, og fortell innbyggerne om den.',
    });
  }
  if (service.processes.length > 0) {
    rows.push({
      gevinst: 'Kortere tid per sak',
      type: typeTitle('sparte-kostnader'),
      indikator: 'Minutter saksbehandling per sak',
      enhet: 'minutter',
      utgangspunkt: inputs.minutesToday,
      mal: inputs.minutesFuture,
      metode: 'Mål tidsbruken på et utvalg saker før og etter innføringen.',
      tiltak: `Innfør den nye arbeidsprosessen ${service.processes.map((p) => `«${p.title}»`).join(' og ')}.`,
    });
    rows.push({
      gevinst: 'Frigjort tid i saksbehandlingen',
      type: typeTitle('sparte-kostnader'),
      indikator: 'Timer saksbehandling per år',
      enhet: 'timer',
      utgangspunkt: Math.round(result.hoursToday),
      mal: Math.round(result.hoursFuture),
      metode: 'Saker per år × minutter per sak ÷ 60.',
      tiltak: 'Bestem på forhånd hva den frigjorte tiden skal brukes til.',
    });
    rows.push({
      gevinst: 'Færre manuelle steg',
      type: typeTitle('okt-kvalitet'),
      indikator: 'Manuelle steg i arbeidsprosessen',
      enhet: 'steg',
      utgangspunkt: service.manualSteps.today,
      mal: service.manualSteps.future,
      metode: 'Gå gjennom prosessen med saksbehandlerne etter innføringen og tell stegene de gjør for hånd.',
      tiltak: 'Automatiser stegene som den fremtidige prosessen legger til et system.',
    });
  }
  for (const q of qualitativeBenefits(service, base)) {
    const indicators = base.kpiHeadings.find((k) => k.title === q.kpi)?.indicators ?? [];
    rows.push({
      gevinst: q.effect,
      type: q.type,
      indikator: indicators.join(' eller ') || 'Velg indikator',
      enhet: '',
      metode: 'Bestem målemetode lokalt.',
      tiltak: q.reason,
    });
  }
  return rows;
}

export function gevinstrealiseringsplan(ctx: ToolContext): WorkbookModel {
  const rows = planRows(ctx);
  const fill = (v: number | string | undefined): Cell => ({ value: v ?? null, style: 'input' });
  const plan: Sheet = {
    name: 'Gevinstrealiseringsplan',
    columns: [
      { width: 36, wrap: true },
      { width: 22, wrap: true },
      { width: 30, wrap: true },
      { width: 12 },
      { width: 14, format: 'decimal' },
      { width: 14, format: 'decimal' },
      { width: 14 },
      { width: 20 },
      { width: 40, wrap: true },
      { width: 44, wrap: true },
    ],
    headerRows: 1,
    freezeColumns: 1,
    filter: true,
    rows: [
      [...PLAN_COLUMNS],
      ...rows.map((r): Cell[] => [r.gevinst, r.type, r.indikator, r.enhet, fill(r.utgangspunkt), fill(r.mal), fill(undefined), fill(undefined), r.metode, r.tiltak]),
    ],
    print: { landscape: true, fitToWidth: true },
  };
  const about: Sheet = {
    name: 'Om planen',
    columns: [{ width: 28, wrap: true }, { width: 90, wrap: true }],
    headerRows: 1,
    rows: [
      ['Om planen', ''],
      ['Tjeneste', ctx.service.title],
      ['Tjenesten i verktøykassen', pageAddress(ctx, ctx.service.url)],
      ['Versjon', ctx.date],
      ['Felt dere fyller ut', 'De skraverte cellene: utgangspunkt og mål (forslag fra verktøykassen som dere erstatter med målte tall), når gevinsten skal være hentet ut, og hvem som eier den.'],
      ['Utgangspunkt og mål', `Forslagene er avledet fra brukerreisen og arbeidsprosessen og regnet med standardverdiene i gevinstanalysen (for eksempel ${formatNumber(ctx.base.defaults.find((d) => d.id === 'saker-per-ar')!.value)} saker per år, en eksempelverdi). ${ESTIMATE_NOTE}`],
      ['Husk', 'Ta med alle typer gevinster, også de kvalitative. Gevinster kommer ofte først når nye rutiner har satt seg og løsningen har vært i drift en tid.'],
    ],
    print: { landscape: false, fitToWidth: true },
  };
  return {
    title: `Gevinstrealiseringsplan: ${ctx.service.title}`,
    description: `Forslag til gevinstrealiseringsplan for ${ctx.service.title} fra KommIT verktøykasse, versjon ${ctx.date}.`,
    language: 'nb-NO',
    sheets: [plan, about],
  };
}
