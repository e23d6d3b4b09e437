/**
 * The calculator's starting values for one service: the service model gives what the journey and
 * processes say (touchpoints, channels, manual steps); the benefit base gives the unit costs and
 * the labelled example values. Each value says where it comes from.
 */
import type { BenefitInputs, FieldName } from '../benefit';
import { CHANNELS, CHANNEL_LABELS, type Channel } from '../channels';
import type { BenefitBase, ToolDefaultId } from '../schema';
import type { Service } from '../service';

export interface InputNote {
  field: FieldName;
  label: string;
  unit: string;
  /** Where the value comes from, in words (a source with its year, or «avledet fra …»). */
  origin: string;
  caveat: string;
  /** An example value: the sources give no figure. */
  illustrative: boolean;
}

type Source = { title: string; publisher: string; year: number; section?: string };
export const sourceText = (s: Source) => `${s.publisher}: ${s.title} (${s.year})${s.section ? `, ${s.section}` : ''}`;

export function defaultValue(base: BenefitBase, id: ToolDefaultId) {
  return base.defaults.find((d) => d.id === id)!;
}

export function serviceInputs(service: Service, base: BenefitBase): { inputs: BenefitInputs; notes: InputNote[] } {
  const perStep = defaultValue(base, 'minutter-per-manuelt-steg');
  const cases = defaultValue(base, 'saker-per-ar');
  const yearCost = defaultValue(base, 'arsverkskostnad');
  const hours = defaultValue(base, 'timer-per-arsverk');
  const unitCost = Object.fromEntries(CHANNELS.map((c) => [c, base.unitCosts.find((u) => u.channel === c)!.value])) as Record<Channel, number>;
  const inputs: BenefitInputs = {
    cases: cases.value,
    minutesToday: service.manualSteps.today * perStep.value,
    minutesFuture: service.manualSteps.future * perStep.value,
    yearCost: yearCost.value,
    hoursPerYear: hours.value,
    contactsToday: service.touchpoints.today,
    contactsFuture: service.touchpoints.future,
    unitCost,
    sharesToday: service.channelShares.today,
    sharesFuture: service.channelShares.future,
  };
  const fromValue = (v: { source?: Source; illustrative: boolean }) => (v.source ? sourceText(v.source) : 'Kildene gir ikke noe tall');
  const processNames = service.processes.map((p) => `«${p.title}»`).join(' og ');
  const minutesOrigin = service.processes.length
    ? `Avledet fra arbeidsprosessen ${processNames}: manuelle steg (${service.manualSteps.today} i dag, ${service.manualSteps.future} i fremtiden) × ${perStep.value} minutter (eksempelverdi)`
    : 'Tjenesten har ingen arbeidsprosess med både dagens og fremtidig variant: fyll inn kommunens egne minutter';
  const journeyOrigin = (variant: string) =>
    service.kind === 'journey' ? `Avledet fra brukerreisen: hvert steg i ${variant} reise er regnet som én henvendelse` : 'Tjenesten har ingen brukerreise: fyll inn kommunens egne tall';
  const notes: InputNote[] = [
    { field: 'cases', label: cases.label, unit: cases.unit, origin: fromValue(cases), caveat: cases.caveat, illustrative: cases.illustrative },
    { field: 'minutesToday', label: 'Minutter saksbehandling per sak i dag', unit: 'minutter', origin: minutesOrigin, caveat: perStep.caveat, illustrative: true },
    { field: 'minutesFuture', label: 'Minutter saksbehandling per sak i fremtiden', unit: 'minutter', origin: minutesOrigin, caveat: perStep.caveat, illustrative: true },
    { field: 'yearCost', label: yearCost.label, unit: yearCost.unit, origin: fromValue(yearCost), caveat: yearCost.caveat, illustrative: yearCost.illustrative },
    { field: 'hoursPerYear', label: hours.label, unit: hours.unit, origin: fromValue(hours), caveat: hours.caveat, illustrative: hours.illustrative },
    { field: 'contactsToday', label: 'Henvendelser per sak i dag', unit: 'henvendelser', origin: journeyOrigin('dagens'), caveat: 'Å regne hvert steg som én henvendelse er en forenkling. Tell henvendelsene selv.', illustrative: true },
    { field: 'contactsFuture', label: 'Henvendelser per sak i fremtiden', unit: 'henvendelser', origin: journeyOrigin('fremtidig'), caveat: 'Å regne hvert steg som én henvendelse er en forenkling. Anslå selv hvordan det blir.', illustrative: true },
    ...CHANNELS.map((c): InputNote => {
      const u = base.unitCosts.find((x) => x.channel === c)!;
      return { field: `unitCost.${c}`, label: `Kostnad per henvendelse: ${u.label.toLowerCase()}`, unit: u.unit, origin: sourceText(u.source), caveat: u.caveat, illustrative: false };
    }),
    ...(['sharesToday', 'sharesFuture'] as const).flatMap((group) =>
      CHANNELS.map((c): InputNote => ({
        field: `${group}.${c}`,
        label: `Andel ${CHANNEL_LABELS[c].toLowerCase()} ${group === 'sharesToday' ? 'i dag' : 'i fremtiden'}`,
        unit: '%',
        origin:
          service.kind === 'journey'
            ? `Avledet fra brukerreisen: andelen av stegene i ${group === 'sharesToday' ? 'dagens' : 'fremtidig'} reise som går i kanalen`
            : 'Tjenesten har ingen brukerreise: fyll inn kommunens egne andeler',
        caveat: 'Andelen steg er ikke det samme som målte henvendelser. Bruk kommunens egne tall.',
        illustrative: true,
      })),
    ),
  ];
  return { inputs, notes };
}
