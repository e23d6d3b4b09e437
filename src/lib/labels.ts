/** Norwegian display names for the enum values in the content model. */
import type { Phase, Sector } from './schema';

export const SECTOR_LABELS: Record<Sector, string> = {
  'helse-og-velferd': 'Helse og velferd',
  'skole-og-oppvekst': 'Skole og oppvekst',
  'plan-bygg-og-geodata': 'Plan, bygg og geodata',
  tverrgaende: 'Tverrgående',
};

export const PHASE_LABELS: Record<Phase, string> = {
  kartlegge: 'Kartlegge behov, krav og gevinster',
  anskaffe: 'Anskaffe løsning',
  gjennomfore: 'Gjennomføre prosjekt',
  realisere: 'Realisere gevinster',
};

export const STATUS_LABELS = { utkast: 'Utkast', gjeldende: 'Gjeldende', utgatt: 'Utgått' } as const;

export const STANDARD_KIND_LABELS = {
  standard: 'Standard',
  felleskomponent: 'Felleskomponent',
  register: 'Register',
  infrastruktur: 'Infrastruktur',
} as const;

export const PRINCIPLE_KIND_LABELS = {
  difi: 'Overordnede arkitekturprinsipper (Difi)',
  strategisk: 'Strategiske føringer for kommunene',
} as const;

export const REQUIREMENT_TYPE_LABELS = {
  minimum: 'Minimumskrav (skal)',
  evaluering: 'Evalueringskrav (bør)',
  info: 'Informasjon',
} as const;

export const VARIANT_LABELS = { dagens: 'Dagens', fremtidig: 'Fremtidig' } as const;

export const ROLE_LABELS = {
  prosjektleder: 'Prosjektleder',
  innkjoper: 'Innkjøper',
  bidragsyter: 'Bidragsyter',
  leder: 'Leder',
  saksbehandler: 'Saksbehandler',
} as const;

export const STEP_KIND_LABELS = { start: 'Start', task: 'Oppgave', decision: 'Beslutning', end: 'Slutt' } as const;
