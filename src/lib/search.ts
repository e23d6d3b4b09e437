/** What the search index knows about an item: its type, sectors and phases as people read them. */
import { COLLECTIONS, type CollectionName } from './collections';
import { PHASE_LABELS, SECTOR_LABELS } from './labels';
import type { Phase, Sector } from './schema';

export interface Searchable {
  summary: string;
  sectors: Sector[];
  phases: Phase[];
  searchTerms?: string[];
}

/** Words every item of a type answers to, with the parts of the compound type names. */
export const TYPE_TERMS: Record<CollectionName, string[]> = {
  specs: ['kravspesifikasjon', 'spesifikasjon', 'kravspesifikasjonsmal', 'mal', 'krav', 'anskaffelse'],
  journeys: ['brukerreise', 'reise', 'bruker'],
  processes: ['arbeidsprosess', 'prosess', 'prosessmodell'],
  principles: ['prinsipp', 'arkitekturprinsipp', 'føring'],
  standards: ['standard', 'felleskomponent', 'komponent'],
  guides: ['veiledning', 'veileder'],
  strategy: ['strategi'],
};

export function searchInfo(collection: CollectionName, item: Searchable) {
  return {
    type: COLLECTIONS[collection].label,
    sectors: item.sectors.map((s) => SECTOR_LABELS[s]),
    phases: item.phases.map((p) => PHASE_LABELS[p]),
    terms: [...(item.searchTerms ?? []), ...TYPE_TERMS[collection]],
    summary: item.summary,
  };
}

