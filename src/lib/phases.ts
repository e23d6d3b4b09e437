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
  /** The municipality's own tasks as the slide names them, each with concrete ways to do it here. */
  municipalityDoes: MunicipalityTask[];
  guide: string;
}

export interface MunicipalityTask {
  /** The task as the slide names it (paraphrased). */
  task: string;
  /** What that means in practice with the toolkit: our guidance, not a fact from the source. */
  how: { text: string; href?: string }[];
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
    municipalityDoes: [
      {
        task: 'Mindre tilpasninger til lokale krav og behov',
        how: [
          { text: 'Gå gjennom brukerreisen for tjenesten og merk stegene som er annerledes i kommunen', href: '/brukerreiser/' },
          { text: 'Sammenlign dagens og fremtidig arbeidsprosess med hvordan arbeidet gjøres hos dere', href: '/prosesser/' },
          { text: 'Bytt ut eksempeltallene i gevinstkalkulatoren med kommunens egne tall', href: '/verktoy/gevinstkalkulator/' },
        ],
      },
    ],
    guide: 'kartlegge-behov-krav-og-gevinster',
  },
  {
    id: 'anskaffe',
    number: 2,
    title: 'Anskaffe løsning',
    intro: 'Kjøp en løsning som passer inn i den felles arkitekturen, med ferdige krav å bygge på.',
    toolkitProvides: ['Kravspesifikasjon', 'Tilhørende anbudsdokumenter', 'Veiledning for anskaffelsen'],
    municipalityDoes: [
      {
        task: 'Mindre tilpasninger til lokale krav og behov',
        how: [
          { text: 'Velg kravene som passer, fra én eller flere maler, og samle dem i kravutvalget', href: '/kravutvalg/' },
          { text: 'Fyll inn kommunens egne opplysninger der malen ber om det, for eksempel dagens system ved migrering', href: '/veiledning/anskaffelse-med-kravspesifikasjonsmaler/' },
        ],
      },
      {
        task: 'Evaluere tilbudene og velge løsning',
        how: [{ text: 'Sett vekter og vurder svarene på bør-kravene etter en fast skala i evalueringsmodellen til malen', href: '/kravspesifikasjoner/' }],
      },
    ],
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
    municipalityDoes: [
      { task: 'Lage en lokal prosjektplan', how: [{ text: 'Fyll inn egne milepæler, roller og risikoer i forslaget til prosjektplan', href: '/verktoy/#prosjektplan' }] },
      {
        task: 'Gjennomføre prosjektet og lære opp de ansatte',
        how: [{ text: 'Finn ut hvilke roller som får nye oppgaver eller nye systemer i fremtidig arbeidsprosess', href: '/prosesser/' }],
      },
      { task: 'Lede endringen', how: [{ text: 'Forankre endringen hos ledere og ansatte som får endrede arbeidsoppgaver', href: '/veiledning/gjennomfore-prosjekt/' }] },
    ],
    guide: 'gjennomfore-prosjekt',
  },
  {
    id: 'realisere',
    number: 4,
    title: 'Realisere gevinster',
    intro: 'Sørg for at gevinstene faktisk kommer, og følg dem opp over tid.',
    toolkitProvides: ['Metode for gevinsthåndtering', 'Maler og verktøy for gevinsthåndtering', 'Verktøy for opplæring av medarbeidere'],
    municipalityDoes: [
      { task: 'Lede endringen', how: [{ text: 'Følg opp at de nye arbeidsmåtene faktisk blir brukt', href: '/veiledning/realisere-gevinster/' }] },
      { task: 'Håndtere gevinstene', how: [{ text: 'Mål indikatorene i gevinstrealiseringsplanen og rapporter til gevinsteieren', href: '/verktoy/#gevinstrealiseringsplan' }] },
      {
        task: 'Eventuelle tiltak for å hente ut mer av gevinstene',
        how: [{ text: 'Sett inn tiltak der målingene viser at en gevinst uteblir', href: '/veiledning/realisere-gevinster/' }],
      },
    ],
    guide: 'realisere-gevinster',
  },
];
