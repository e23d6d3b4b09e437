/**
 * Templates for `npm run new`: a valid, complete item of each type, marked `status: utkast`,
 * with a short hint on every field and an outline of the body. Pure: the script does the file I/O.
 */
export const SCAFFOLD_TYPES = ['principle', 'journey', 'process', 'spec', 'standard', 'guide'] as const;
export type ScaffoldType = (typeof SCAFFOLD_TYPES)[number];

export const SCAFFOLD_FOLDERS: Record<ScaffoldType, string> = {
  principle: 'principles',
  journey: 'journeys',
  process: 'processes',
  spec: 'specs',
  standard: 'standards',
  guide: 'guides',
};

export interface ScaffoldInput {
  type: ScaffoldType;
  title: string;
  id: string;
  today: string;
  /** Next free principle number (principles are numbered). */
  principleNumber: number;
  /** A requirement id not used in any spec (specs only). */
  requirementId: string;
}

export interface ScaffoldFile { path: string; text: string }

const yamlString = (text: string) => JSON.stringify(text);

const common = (input: ScaffoldInput, summaryHint: string) => `id: ${input.id} # fast id: endres aldri, brukes aldri om igjen
title: ${yamlString(input.title)}
summary: ${yamlString(summaryHint)} # én setning, høyst 240 tegn – vises i lister og søk
sectors: [tverrgaende] # helse-og-velferd, skole-og-oppvekst, plan-bygg-og-geodata, tverrgaende
phases: [kartlegge] # kartlegge, anskaffe, gjennomfore, realisere
status: utkast # utkast → gjeldende når innholdet er gjennomgått; utgatt når det ikke gjelder lenger
updated: ${input.today}
searchTerms: [] # synonymer og deler av sammensatte ord som folk kan søke på`;

const sources = `sources: # hver opplysning skal ha en kilde
  - title: "Tittel på publikasjonen du bygger på"
    publisher: Utgiver
    year: ${new Date().getUTCFullYear()}
    section: kapittel eller side`;

export function scaffold(input: ScaffoldInput): ScaffoldFile[] {
  const folder = SCAFFOLD_FOLDERS[input.type];
  switch (input.type) {
    case 'principle':
      return [{
        path: `${folder}/${input.id}.mdx`,
        text: `---
${common(input, 'Skriv én setning om hva prinsippet krever.')}
kind: strategisk # difi (Difis overordnede prinsipper) eller strategisk
number: ${input.principleNumber} # rekkefølgen på prinsippsiden; anbefalingene nummereres ${input.principleNumber}.1, ${input.principleNumber}.2 …
obligation: anbefaling # krav (bindende for kommunene) eller anbefaling
statement: Skriv prinsippet som én tydelig påstand.
rationale: Forklar hvorfor prinsippet er viktig for kommunen og innbyggerne.
implications:
  - Hva prinsippet betyr i praksis for kommunen.
minimumRecommendations:
  - Det kommunen minst bør gjøre.
furtherRecommendations: []
checklist:
  - Et spørsmål prosjektet kan svare ja eller nei på?
relatedPrinciples: [] # id-er til andre prinsipper
standards: [] # id-er til standarder og felleskomponenter
${sources}
---

## Hva sier kildene

Skriv med egne ord hva kildene sier. Ikke kopier setninger.
`,
      }];
    case 'standard':
      return [{
        path: `${folder}/${input.id}.mdx`,
        text: `---
${common(input, 'Skriv én setning om hva standarden eller komponenten er.')}
kind: standard # standard, felleskomponent, register eller infrastruktur
owner: Forvalter # hvem som forvalter den
purpose: Forklar hva den brukes til, med vanlige ord.
appliesTo:
  - Området den gjelder for
statusInSources: Hva kildene sier om status og bruk.
links: [] # offisielle nettsider: - title: … url: https://…
principles: [] # id-er til prinsipper den støtter
relatedStandards: []
${sources}
---

Forklar kort hva dette er, hva kildene sier, og hva et prosjekt bør gjøre.
`,
      }];
    case 'journey':
      return [{
        path: `${folder}/${input.id}.mdx`,
        text: `---
${common(input, 'Skriv én setning om hvem som gjør hva i reisen.')}
illustrative: true # true når reisen er en illustrasjon bygd på kildene
actor: Innbygger # hvem reisen gjelder (en rolle, aldri en navngitt person)
channels: [digital]
variants: # dagens og/eller fremtidig
  - variant: fremtidig
    phases:
      - id: forste-fase
        title: Første fase
        steps:
          - id: forste-steg
            action: Hva brukeren gjør
            touchpoint: Hvor det skjer, for eksempel kommunens nettsted
            channel: digital
            components: [] # id-er til felleskomponenter steget bruker
            score: 3 # opplevelse fra 1 (svært dårlig) til 5 (svært god)
            painPoints: []
            opportunities: []
processes: []
specs: []
standards: []
principles: []
${sources}
---

Illustrativ brukerreise: skriv hvem brukeren er, hva kildene sier, og hva den fremtidige reisen endrer.
`,
      }];
    case 'process':
      return [{
        path: `${folder}/${input.id}.mdx`,
        text: `---
${common(input, 'Skriv én setning om hva arbeidsprosessen gjør.')}
lanes: # rollene (svømmebanene) i prosessen
  - { id: innbygger, title: Innbygger }
  - { id: saksbehandler, title: Saksbehandler }
variants: # dagens og/eller fremtidig
  - variant: fremtidig
    steps: # kind: start, task, decision eller end; next peker på neste steg
      - { id: start, kind: start, label: Henvendelsen kommer inn, lane: innbygger, next: [{ to: behandle }] }
      - { id: behandle, kind: task, label: Behandle saken, lane: saksbehandler, system: fagsystem, next: [{ to: ferdig }] }
      - { id: ferdig, kind: end, label: Svar er sendt, lane: saksbehandler }
journeys: []
specs: []
standards: []
principles: []
${sources}
---

Skriv hva prosessen er, og hva som endres fra dagens til fremtidig måte å jobbe på.
`,
      }];
    case 'guide':
      return [{
        path: `${folder}/${input.id}.mdx`,
        text: `---
${common(input, 'Skriv én setning om hva veiledningen hjelper leseren med.')}
roles: [prosjektleder] # prosjektleder, innkjoper, bidragsyter, leder, saksbehandler
order: 100 # rekkefølgen i listen over veiledninger
principles: []
standards: []
specs: []
journeys: []
processes: []
${sources}
---

## Hvem veiledningen er for

## Slik gjør du det

## Les mer
`,
      }];
    case 'spec':
      return [
        {
          path: `${folder}/${input.id}/index.mdx`,
          text: `---
${common(input, 'Skriv én setning om hvilket system malen gjelder.')}
version: 0.1.0 # øk versjonen og skriv i changelog når kravene endres
systemType: Typen system som skal anskaffes
scope: Hva malen dekker, og hva den ikke dekker.
ssaAppendix: Bilag 1 Kundens kravspesifikasjon
categories:
  - { id: funksjon, title: Funksjon, description: Hva løsningen skal gjøre. }
changelog: # nyeste versjon øverst; nevn krav-id-er som er lagt til, endret eller fjernet
  - version: 0.1.0
    date: ${input.today}
    summary: Første utkast.
    added: [${input.requirementId}]
journeys: []
processes: []
principles: []
standards: []
${sources}
---

## Slik bruker du malen

Forklar hvordan innkjøperen bruker malen som bilag 1, og hva leverandøren skal svare.
`,
        },
        {
          path: `${folder}/${input.id}/requirements.yaml`,
          text: `# Kravene i malen. En krav-id brukes bare én gang og aldri om igjen, heller ikke etter at kravet er fjernet.
requirements:
  - id: ${input.requirementId}
    text: Løsningen skal … (skriv kravet slik leverandøren kan svare på det)
    type: minimum # minimum (skal), evaluering (bør, med weight 1–10) eller info
    category: funksjon
    motive: Hvorfor kravet finnes, med henvisning til kilden.
    verification: Hvordan kunden kontrollerer kravet, for eksempel demonstrasjon.
    guidance: Hva leverandøren skal beskrive i svaret.
    principles: []
    standards: []
`,
        },
      ];
  }
}

/** A requirement id prefix from the title: the first letters of up to three words, e.g. "Sak og arkiv" → "SOA". */
export function requirementPrefix(id: string): string {
  const letters = id.split('-').filter(Boolean).map((w) => w[0]!.toUpperCase()).join('').replace(/[^A-Z]/g, '');
  return (letters.length >= 2 ? letters : `${letters}KR`).slice(0, 4);
}

/** Longest id (and file name) `npm run new` makes from a title: short enough for any file system and URL. */
export const MAX_ID_LENGTH = 60;

/** The id for a title: its slug, cut at a word boundary, never a name Windows reserves (con, nul …). */
export function idFromSlug(slug: string): string {
  let id = slug;
  if (id.length > MAX_ID_LENGTH) {
    const cut = id.slice(0, MAX_ID_LENGTH + 1);
    id = cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut.slice(0, MAX_ID_LENGTH);
    id = id.replace(/-+$/, '');
  }
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/.test(id)) id = `${id}-side`;
  return id;
}
