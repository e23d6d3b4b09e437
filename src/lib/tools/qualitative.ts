/**
 * Which of the benefit types (Devoteam 2011, tabell 4) a service can expect, and why: each effect
 * is chosen by a rule over the service model, so the reason can be shown next to it.
 */
import type { BenefitBase } from '../schema';
import type { Service } from '../service';

export interface QualitativeBenefit {
  typeId: string;
  type: string;
  kpi: string;
  effectId: string;
  effect: string;
  triggers: string[];
  reason: string;
}

const RECORDS = ['noark-5', 'svarut', 'digital-postkasse', 'fiks', 'noark-ws'];

function reasonFor(effectId: string, s: Service): string | undefined {
  const c = s.processes.reduce(
    (sum, p) => ({ automated: sum.automated + p.comparison.counts.automated, removed: sum.removed + p.comparison.counts.removed }),
    { automated: 0, removed: 0 },
  );
  const digitalGain = s.channelShares.future.digital - s.channelShares.today.digital;
  switch (effectId) {
    case 'tilgang-til-e-tjenester':
      return digitalGain > 0 ? `Andelen digitale steg i brukerreisen øker fra ${s.channelShares.today.digital} % til ${s.channelShares.future.digital} %.` : undefined;
    case 'kvalitet-selvbetjening':
      return s.kind === 'journey' && s.componentsIntroduced.length > 0
        ? `Den fremtidige tjenesten bruker felleskomponenter som ikke brukes i dag (${s.componentsIntroduced.length}).`
        : undefined;
    case 'apenhet': {
      const records = s.componentsIntroduced.filter((id) => RECORDS.includes(id));
      return records.length > 0 ? 'Dokumenter og svar går gjennom løsninger som gir elektronisk sporbarhet.' : undefined;
    }
    case 'kvalitet-saksbehandling':
      return c.automated + c.removed > 0 ? `I arbeidsprosessen faller ${c.removed} steg bort og ${c.automated} blir automatisert.` : undefined;
    case 'likeverdig-behandling':
      return s.specs.length > 0 ? 'Tjenesten kjøpes med felles kravspesifikasjoner, som gir mer lik utvikling mellom kommunene.' : undefined;
    case 'intern-saksbehandling':
      return s.manualSteps.future < s.manualSteps.today
        ? `Antall manuelle steg i arbeidsprosessen går fra ${s.manualSteps.today} til ${s.manualSteps.future}.`
        : undefined;
    case 'mindre-dobbeltarbeid':
      return s.componentsIntroduced.length > 0 ? 'Tjenesten bruker nasjonale felleskomponenter i stedet for å lage egne løsninger.' : undefined;
    case 'leverandorsamhandling':
      return s.specs.length > 0 ? 'Felles kravspesifikasjoner gir tydeligere og mer forutsigbare bestillinger.' : undefined;
    default:
      return undefined;
  }
}

export function qualitativeBenefits(service: Service, base: BenefitBase): QualitativeBenefit[] {
  const kpiTitle = (id: string) => base.kpiHeadings.find((k) => k.id === id)?.title ?? id;
  return base.benefitTypes.flatMap((type) =>
    type.effects.flatMap((effect) => {
      const reason = reasonFor(effect.id, service);
      return reason
        ? [{ typeId: type.id, type: type.title, kpi: kpiTitle(type.kpi), effectId: effect.id, effect: effect.title, triggers: effect.triggers, reason }]
        : [];
    }),
  );
}
