/** Pages that exist independently of any content item, for link checks and navigation. */
import { COLLECTIONS, COLLECTION_NAMES } from './collections';
import { PHASES, SECTORS } from './schema';

export const MAIN_SECTIONS = [
  { href: '/brukerreiser/', label: 'Brukerreiser' },
  { href: '/prosesser/', label: 'Prosesser' },
  { href: '/kravspesifikasjoner/', label: 'Kravspesifikasjoner' },
  { href: '/prinsipper/', label: 'Prinsipper' },
  { href: '/standarder/', label: 'Standarder' },
  { href: '/veiledning/', label: 'Veiledning' },
  { href: '/verktoy/', label: 'Verktøy' },
] as const;

export function staticRoutes(): string[] {
  const indexes = COLLECTION_NAMES.filter((c) => c !== 'strategy').map((c) => `/${COLLECTIONS[c].route}/`);
  const hubs = [...SECTORS.map((s) => `/sektor/${s}/`), ...PHASES.map((p) => `/fase/${p}/`)];
  return ['/', '/tilgjengelighet/', '/sok/', '/endringer/', '/status/', '/verktoy/', '/verktoy/gevinstkalkulator/', '/kravutvalg/', ...indexes, ...hubs];
}
