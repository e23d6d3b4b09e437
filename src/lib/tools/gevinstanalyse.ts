/**
 * Gevinstanalyse (xlsx + ods): Sammendrag, Inndata, Beregning, Kvalitative gevinster, Om analysen.
 * The Beregning sheet holds live formulas that compute exactly what `computeBenefit` computes,
 * in the same order, and the Sammendrag rounds as `summarise` rounds.
 */
import { computeBenefit, FORMULA_IN_WORDS, summarise, type FieldName } from '../benefit';
import { CHANNELS, CHANNEL_LABELS } from '../channels';
import type { Cell, Sheet, WorkbookModel } from '../export/model';
import { ESTIMATE_NOTE, pageAddress, type ToolContext } from './context';
import { serviceInputs, sourceText } from './inputs';
import { qualitativeBenefits } from './qualitative';

const print = { landscape: true, fitToWidth: true };

/** Row of each input on the Inndata sheet (1-based, row 1 is the header). */
export function inputRows(fields: FieldName[]): Record<FieldName, number> {
  return Object.fromEntries(fields.map((f, i) => [f, i + 2])) as Record<FieldName, number>;
}

/** The summary's rows: label, the Beregning cell it rounds, digits, unit. Row 2 onwards of Sammendrag. */
export const SUMMARY_ROWS = [
  { key: 'hoursSaved', label: 'Timer spart per år', cell: 'B5', digits: 1, unit: 'timer' },
  { key: 'caseworkSaved', label: 'Kroner spart i saksbehandlingen per år', cell: 'B6', digits: 0, unit: 'kr' },
  { key: 'channelSaved', label: 'Kroner spart i kanalkostnader per år', cell: 'B9', digits: 0, unit: 'kr' },
  { key: 'totalSaved', label: 'Kroner spart i alt per år', cell: 'B10', digits: 0, unit: 'kr' },
  { key: 'fteSaved', label: 'Årsverk frigjort', cell: 'B11', digits: 2, unit: 'årsverk' },
] as const;

export function gevinstanalyse(ctx: ToolContext): WorkbookModel {
  const { service, base } = ctx;
  const { inputs, notes } = serviceInputs(service, base);
  const rows = inputRows(notes.map((n) => n.field));
  const at = (field: FieldName) => `Inndata!B${rows[field]}`;
  const value = (field: FieldName): number => {
    const [group, channel] = field.split('.') as [string, string | undefined];
    const source = (inputs as unknown as Record<string, number | Record<string, number>>)[group]!;
    return typeof source === 'number' ? source : source[channel!]!;
  };
  const summary = summarise(computeBenefit(inputs));

  const inputSheet: Sheet = {
    name: 'Inndata',
    columns: [{ width: 44, wrap: true }, { width: 14, format: 'decimal' }, { width: 18 }, { width: 50, wrap: true }, { width: 60, wrap: true }],
    headerRows: 1,
    rows: [
      ['Inndata', 'Verdi', 'Enhet', 'Kilde', 'Forbehold'],
      ...notes.map((n): Cell[] => [n.label, { value: value(n.field), style: 'input' }, n.unit, n.illustrative ? `Eksempelverdi. ${n.origin}` : n.origin, n.caveat]),
    ],
    validations: [
      { column: 1, fromRow: 1, toRow: notes.length, type: 'decimal', min: 0, max: 1e12, message: 'Skriv et tall som ikke er negativt.' },
    ],
    freezeColumns: 1,
    print,
  };

  const channelRows = CHANNELS.map((c, i): Cell[] => {
    const r = 13 + i;
    return [
      CHANNEL_LABELS[c],
      { formula: at(`unitCost.${c}`), format: 'kroner' },
      { formula: `${at('cases')}*${at('contactsToday')}*${at(`sharesToday.${c}`)}/100`, format: 'decimal' },
      { formula: `C${r}*B${r}`, format: 'kroner' },
      { formula: `${at('cases')}*${at('contactsFuture')}*${at(`sharesFuture.${c}`)}/100`, format: 'decimal' },
      { formula: `E${r}*B${r}`, format: 'kroner' },
    ];
  });
  const calc: Sheet = {
    name: 'Beregning',
    columns: [{ width: 40, wrap: true }, { width: 18, format: 'decimal' }, { width: 18, format: 'decimal' }, { width: 18, format: 'kroner' }, { width: 22, format: 'decimal' }, { width: 22, format: 'kroner' }],
    headerRows: 1,
    rows: [
      ['Størrelse', 'Verdi', 'Forklaring'],
      ['Timekostnad (kr)', { formula: `${at('yearCost')}/${at('hoursPerYear')}`, format: 'kroner' }, 'Kostnad per årsverk ÷ arbeidstimer per årsverk'],
      ['Timer saksbehandling i dag', { formula: `${at('cases')}*${at('minutesToday')}/60`, format: 'decimal' }, 'Saker × minutter i dag ÷ 60'],
      ['Timer saksbehandling i fremtiden', { formula: `${at('cases')}*${at('minutesFuture')}/60`, format: 'decimal' }, 'Saker × minutter i fremtiden ÷ 60'],
      ['Timer spart', { formula: 'B3-B4', format: 'decimal', style: 'result' }, 'Timer i dag − timer i fremtiden'],
      ['Kroner spart i saksbehandlingen', { formula: 'B5*B2', format: 'kroner', style: 'result' }, 'Timer spart × timekostnad'],
      ['Kanalkostnad i dag (kr)', { formula: 'SUM(D13:D16)', format: 'kroner' }, 'Summen av kostnad i dag per kanal (tabellen under)'],
      ['Kanalkostnad i fremtiden (kr)', { formula: 'SUM(F13:F16)', format: 'kroner' }, 'Summen av kostnad i fremtiden per kanal'],
      ['Kroner spart i kanalkostnader', { formula: 'B7-B8', format: 'kroner', style: 'result' }, 'Kanalkostnad i dag − kanalkostnad i fremtiden'],
      ['Kroner spart i alt', { formula: 'B6+B9', format: 'kroner', style: 'result' }, 'Saksbehandling + kanaler'],
      ['Årsverk frigjort', { formula: `B5/${at('hoursPerYear')}`, format: 'decimal', style: 'result' }, 'Timer spart ÷ arbeidstimer per årsverk'],
      [
        { value: 'Kanal', style: 'header' },
        { value: 'Kostnad per henvendelse', style: 'header' },
        { value: 'Henvendelser i dag', style: 'header' },
        { value: 'Kostnad i dag', style: 'header' },
        { value: 'Henvendelser i fremtiden', style: 'header' },
        { value: 'Kostnad i fremtiden', style: 'header' },
      ],
      ...channelRows,
    ],
    print,
  };

  const summarySheet: Sheet = {
    name: 'Sammendrag',
    columns: [{ width: 44, wrap: true }, { width: 18 }, { width: 12 }],
    headerRows: 1,
    rows: [
      ['Resultat', 'Verdi', 'Enhet'],
      ...SUMMARY_ROWS.map((r): Cell[] => [
        r.label,
        { formula: `ROUND(Beregning!${r.cell},${r.digits})`, style: 'result', format: r.digits === 0 ? 'kroner' : 'decimal' },
        r.unit,
      ]),
      [],
      [{ value: `Gevinstanalyse: ${service.title}`, style: 'title' }],
      [{ value: ESTIMATE_NOTE, style: 'note' }],
      [{ value: `Med standardverdiene gir analysen ${summary.totalSaved} kr i året. Endre tallene i arket Inndata, så regnes alt på nytt.`, style: 'note' }],
      [],
      [{ value: 'Slik er det regnet', style: 'title' }],
      ...FORMULA_IN_WORDS.map((line): Cell[] => [line]),
    ],
    print,
  };

  const qualitative = qualitativeBenefits(service, base);
  const qualitativeSheet: Sheet = {
    name: 'Kvalitative gevinster',
    columns: [{ width: 26, wrap: true }, { width: 44, wrap: true }, { width: 44, wrap: true }, { width: 50, wrap: true }, { width: 16 }, { width: 40, wrap: true }],
    headerRows: 1,
    filter: true,
    rows: [
      ['Gevinsttype', 'Effekt', 'Utløsende faktorer', 'Hvorfor den gjelder denne tjenesten', 'KPI-overskrift', 'Kilde'],
      ...qualitative.map((q): Cell[] => [q.type, q.effect, q.triggers.join('; '), q.reason, q.kpi, sourceText(base.benefitTypes.find((t) => t.id === q.typeId)!.source)]),
    ],
    print,
  };

  const about: Sheet = {
    name: 'Om analysen',
    columns: [{ width: 28, wrap: true }, { width: 90, wrap: true }],
    headerRows: 1,
    rows: [
      ['Om analysen', ''],
      ['Tjeneste', service.title],
      ['Beskrivelse', service.summary],
      ['Tjenesten i verktøykassen', pageAddress(ctx, service.url)],
      ['Versjon', ctx.date],
      ['Viktig', ESTIMATE_NOTE],
      ['Hvor tallene kommer fra', 'Kostnadene per kanal og årsverkskostnaden står med kilde i arket Inndata. Henvendelser, kanalandeler og minutter er avledet fra brukerreisen og arbeidsprosessen i verktøykassen. Saker per år, timer per årsverk og minutter per manuelt steg er eksempelverdier.'],
      ['KPI-overskrifter', `${base.kpiHeadings.map((k) => `${k.title}: ${k.indicators.join(', ')}`).join('. ')}. ${base.kpiCaveat} Kilde: ${sourceText(base.kpiSource)}.`],
      ['Laget av', 'KommIT verktøykasse, fra innholdet i verktøykassen'],
    ],
    print: { landscape: false, fitToWidth: true },
  };

  return {
    title: `Gevinstanalyse: ${service.title}`,
    description: `Gevinstanalyse for ${service.title} fra KommIT verktøykasse, versjon ${ctx.date}. ${ESTIMATE_NOTE}`,
    language: 'nb-NO',
    sheets: [summarySheet, inputSheet, calc, qualitativeSheet, about],
  };
}
