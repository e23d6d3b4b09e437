/**
 * The four main steps for putting a digital solution to use, with what the toolkit delivers and
 * what each municipality must do itself. From KS KommIT's presentation of the toolkit
 * («Hovedsteg i implementering av digitale løsninger»). The slides give the municipality's tasks as
 * one list; their assignment to steps follows the order on the slide.
 */
import type { Phase } from './schema';

export interface PhaseInfo {
  id: Phase;
  number: number;
  title: string;
  intro: string;
  toolkitProvides: string[];
  municipalityDoes: string[];
  guide: string;
}

export const PHASE_SOURCE = {
  title: 'KommIT – program for IKT-samordning i kommunesektoren og KommIT verktøykasse (presentasjon)',
  publisher: 'KS KommIT',
  year: 2014,
  section: 'lysark «Hovedsteg i implementering av digitale løsninger»',
};

export const PHASE_INFO: PhaseInfo[] = [
  {
    id: 'kartlegge',
    number: 1,
    title: 'Kartlegge behov, krav og gevinster',
    intro: 'Finn ut hva brukerne trenger, hvordan arbeidet bør gjøres, og hvilke gevinster kommunen kan hente ut.',
    toolkitProvides: [
      'Brukerreiser',
      'Forslag til nye arbeidsprosesser',
      'Metode for å kartlegge gevinster',
      'Maler og verktøy for gevinstkartlegging',
      'Grunnlag for gevinstanalyse og forslag til plan for gevinstrealisering',
    ],
    municipalityDoes: ['Små tilpasninger til lokale krav og behov'],
    guide: 'kartlegge-behov-krav-og-gevinster',
  },
  {
    id: 'anskaffe',
    number: 2,
    title: 'Anskaffe løsning',
    intro: 'Kjøp en løsning som passer inn i den felles arkitekturen, med ferdige krav å bygge på.',
    toolkitProvides: ['Kravspesifikasjon', 'Tilhørende anbudsdokumenter', 'Veiledning for anskaffelsen'],
    municipalityDoes: ['Små tilpasninger til lokale krav og behov', 'Evaluere tilbudene og velge løsning'],
    guide: 'anskaffe-losning',
  },
  {
    id: 'gjennomfore',
    number: 3,
    title: 'Gjennomføre prosjekt',
    intro: 'Ta løsningen i bruk med god prosjektstyring og opplæring av de ansatte.',
    toolkitProvides: [
      'Metode for prosjektledelse',
      'Maler og verktøy for prosjektstyring',
      'Forslag til prosjektplan',
      'Verktøy for opplæring av medarbeidere',
    ],
    municipalityDoes: ['Lokal prosjektplan', 'Gjennomføre prosjektet og lære opp de ansatte', 'Lede endringen'],
    guide: 'gjennomfore-prosjekt',
  },
  {
    id: 'realisere',
    number: 4,
    title: 'Realisere gevinster',
    intro: 'Sørg for at gevinstene faktisk kommer, og følg dem opp over tid.',
    toolkitProvides: ['Metode for gevinsthåndtering', 'Maler og verktøy for gevinsthåndtering', 'Verktøy for opplæring av medarbeidere'],
    municipalityDoes: ['Lede endringen', 'Håndtere gevinstene', 'Eventuelle tiltak for å hente ut mer av gevinstene'],
    guide: 'realisere-gevinster',
  },
];
