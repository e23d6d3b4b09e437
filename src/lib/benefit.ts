/**
 * Gevinstkalkulator: what a service can save per year in caseworker hours and in channel costs.
 * Pure and small, because the same function runs at build time (worked example, downloads) and in
 * the browser (the calculator island). The workbook's formulas compute exactly the same.
 */
import { CHANNELS, type Channel } from './channels';

export interface BenefitInputs {
  /** Cases (saker) per year. */
  cases: number;
  /** Caseworker minutes per case today and in future. */
  minutesToday: number;
  minutesFuture: number;
  /** Cost of one årsverk (kr per year) and working hours in one årsverk. */
  yearCost: number;
  hoursPerYear: number;
  /** Inquiries (henvendelser) per case today and in future. */
  contactsToday: number;
  contactsFuture: number;
  /** Cost per inquiry in each channel (kr). */
  unitCost: Record<Channel, number>;
  /** Share of the inquiries in each channel, in percent (summing to 100). */
  sharesToday: Record<Channel, number>;
  sharesFuture: Record<Channel, number>;
}

export interface ChannelResult {
  channel: Channel;
  contactsToday: number;
  contactsFuture: number;
  costToday: number;
  costFuture: number;
}

export interface BenefitResult {
  hourlyCost: number;
  hoursToday: number;
  hoursFuture: number;
  hoursSaved: number;
  caseworkSaved: number;
  channels: ChannelResult[];
  channelCostToday: number;
  channelCostFuture: number;
  channelSaved: number;
  totalSaved: number;
  fteSaved: number;
}

/** The headline figures, rounded as the workbook's summary rounds them (ROUND, half away from zero). */
export interface BenefitSummary {
  hoursSaved: number;
  caseworkSaved: number;
  channelSaved: number;
  totalSaved: number;
  fteSaved: number;
}

export function computeBenefit(i: BenefitInputs): BenefitResult {
  const hourlyCost = i.yearCost / i.hoursPerYear;
  const hoursToday = (i.cases * i.minutesToday) / 60;
  const hoursFuture = (i.cases * i.minutesFuture) / 60;
  const hoursSaved = hoursToday - hoursFuture;
  const channels = CHANNELS.map((channel) => {
    const contactsToday = (i.cases * i.contactsToday * i.sharesToday[channel]) / 100;
    const contactsFuture = (i.cases * i.contactsFuture * i.sharesFuture[channel]) / 100;
    return { channel, contactsToday, contactsFuture, costToday: contactsToday * i.unitCost[channel], costFuture: contactsFuture * i.unitCost[channel] };
  });
  const channelCostToday = channels.reduce((sum, c) => sum + c.costToday, 0);
  const channelCostFuture = channels.reduce((sum, c) => sum + c.costFuture, 0);
  const caseworkSaved = hoursSaved * hourlyCost;
  const channelSaved = channelCostToday - channelCostFuture;
  return {
    hourlyCost,
    hoursToday,
    hoursFuture,
    hoursSaved,
    caseworkSaved,
    channels,
    channelCostToday,
    channelCostFuture,
    channelSaved,
    totalSaved: caseworkSaved + channelSaved,
    fteSaved: hoursSaved / i.hoursPerYear,
  };
}

/** Spreadsheet ROUND: half away from zero, to `digits` decimals. */
export function round(value: number, digits = 0): number {
  const factor = 10 ** digits;
  const scaled = Math.abs(value) * factor;
  // Nudge by a relative epsilon so 2.675 (stored as 2.67499…) rounds as a spreadsheet rounds it.
  return (Math.sign(value) * Math.round(scaled + scaled * Number.EPSILON)) / factor;
}

export function summarise(result: BenefitResult): BenefitSummary {
  return {
    hoursSaved: round(result.hoursSaved, 1),
    caseworkSaved: round(result.caseworkSaved),
    channelSaved: round(result.channelSaved),
    totalSaved: round(result.totalSaved),
    fteSaved: round(result.fteSaved, 2),
  };
}

/** The method in words, shown under the result and in the workbook. */
export const FORMULA_IN_WORDS = [
  'Timer spart per år = saker per år × (minutter per sak i dag − minutter per sak i fremtiden) ÷ 60.',
  'Timekostnad = kostnad per årsverk ÷ arbeidstimer per årsverk.',
  'Kroner spart i saksbehandlingen = timer spart × timekostnad.',
  'Kanalkostnad = saker per år × henvendelser per sak × summen av (andel i kanalen × kostnad per henvendelse i kanalen), i dag og i fremtiden.',
  'Kroner spart i alt per år = kroner spart i saksbehandlingen + (kanalkostnad i dag − kanalkostnad i fremtiden).',
  'Årsverk frigjort = timer spart ÷ arbeidstimer per årsverk.',
];

// ---------------------------------------------------------------- validation

export type ScalarField = 'cases' | 'minutesToday' | 'minutesFuture' | 'yearCost' | 'hoursPerYear' | 'contactsToday' | 'contactsFuture';
export const SCALAR_FIELDS: ScalarField[] = ['cases', 'minutesToday', 'minutesFuture', 'yearCost', 'hoursPerYear', 'contactsToday', 'contactsFuture'];

/** Field names of a form: the scalars, and `unitCost.<kanal>`, `sharesToday.<kanal>`, `sharesFuture.<kanal>`. */
export type FieldName = ScalarField | `${'unitCost' | 'sharesToday' | 'sharesFuture'}.${Channel}`;
/** Errors per field; the group keys `sharesToday` and `sharesFuture` carry the sum-to-100 message. */
export type BenefitErrors = Partial<Record<FieldName | 'sharesToday' | 'sharesFuture', string>>;

export function allFieldNames(): FieldName[] {
  return [
    ...SCALAR_FIELDS,
    ...(['unitCost', 'sharesToday', 'sharesFuture'] as const).flatMap((group) => CHANNELS.map((c) => `${group}.${c}` as FieldName)),
  ];
}

/** Reads a number as people write it: «1 200 000», «12,5», «12.5». Undefined when it is not one. */
export function parseNumber(raw: string): number | undefined {
  const cleaned = raw.trim().replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

function fieldError(name: FieldName, raw: string | undefined): { value?: number; error?: string } {
  if (raw === undefined || raw.trim() === '') return { error: 'Feltet er tomt. Skriv inn et tall.' };
  const value = parseNumber(raw);
  if (value === undefined) return { error: `«${raw.trim()}» er ikke et tall. Skriv bare sifre, for eksempel 120 eller 12,5.` };
  if (value < 0) return { error: 'Tallet kan ikke være negativt.' };
  if (name === 'hoursPerYear' && value === 0) return { error: 'Arbeidstimer per årsverk må være større enn 0.' };
  if (name.startsWith('shares') && value > 100) return { error: 'En andel kan ikke være mer enn 100 %.' };
  if (value > 1e12) return { error: 'Tallet er for stort.' };
  return { value };
}

/**
 * Checks what someone typed into the calculator. Returns the inputs when every field is valid,
 * and a Norwegian message per invalid field (never NaN or Infinity further on).
 */
export function validateInputs(raw: Partial<Record<FieldName, string>>): { inputs?: BenefitInputs; errors: BenefitErrors } {
  const errors: BenefitErrors = {};
  const values = new Map<FieldName, number>();
  for (const name of allFieldNames()) {
    const { value, error } = fieldError(name, raw[name]);
    if (error) errors[name] = error;
    else values.set(name, value!);
  }
  for (const group of ['sharesToday', 'sharesFuture'] as const) {
    const parts = CHANNELS.map((c) => values.get(`${group}.${c}`));
    if (parts.some((p) => p === undefined)) continue;
    const sum = parts.reduce((a, b) => a! + b!, 0)!;
    if (Math.abs(sum - 100) > 1e-9) {
      const when = group === 'sharesToday' ? 'i dag' : 'i fremtiden';
      errors[group] = `Andelene ${when} må til sammen bli 100 %. Nå blir de ${formatNumber(sum, Number.isInteger(sum) ? 0 : 1)} %.`;
    }
  }
  if (Object.keys(errors).length > 0) return { errors };
  const get = (name: FieldName) => values.get(name)!;
  const byChannel = (group: 'unitCost' | 'sharesToday' | 'sharesFuture') =>
    Object.fromEntries(CHANNELS.map((c) => [c, get(`${group}.${c}`)])) as Record<Channel, number>;
  return {
    errors,
    inputs: {
      cases: get('cases'),
      minutesToday: get('minutesToday'),
      minutesFuture: get('minutesFuture'),
      yearCost: get('yearCost'),
      hoursPerYear: get('hoursPerYear'),
      contactsToday: get('contactsToday'),
      contactsFuture: get('contactsFuture'),
      unitCost: byChannel('unitCost'),
      sharesToday: byChannel('sharesToday'),
      sharesFuture: byChannel('sharesFuture'),
    },
  };
}

/** The inputs as the form shows them (the reverse of validateInputs). */
export function inputsToFields(i: BenefitInputs): Record<FieldName, string> {
  const out = {} as Record<FieldName, string>;
  for (const name of SCALAR_FIELDS) out[name] = String(i[name]);
  for (const c of CHANNELS) {
    out[`unitCost.${c}`] = String(i.unitCost[c]);
    out[`sharesToday.${c}`] = String(i.sharesToday[c]);
    out[`sharesFuture.${c}`] = String(i.sharesFuture[c]);
  }
  return out;
}

/** Norwegian number format with a space as thousands separator: «1 234 567,5». */
export function formatNumber(value: number, digits = 0): string {
  const fixed = round(value, digits).toFixed(digits);
  const [whole, fraction] = fixed.split('.');
  const sign = whole!.startsWith('-') ? '−' : '';
  const grouped = whole!.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${sign}${grouped}${fraction ? `,${fraction}` : ''}`;
}
