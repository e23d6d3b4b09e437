/**
 * Prosjektplan (docx + odt): the four main steps as phases with what the toolkit gives and what the
 * municipality does itself, deliverables linked to the toolkit, milestones and roles to fill in,
 * a starting risk list from the sources' success factors, and an opplæringsplan from the future process.
 */
import type { Block, DocumentModel, Inline, TableCell } from '../export/model';
import { PHASE_INFO } from '../phases';
import type { Phase } from '../schema';
import { CALCULATOR_URL } from './registry';
import { pageLink, toolTitle, toolUrl, type ToolContext } from './context';
import { sourceText } from './inputs';

export interface Deliverable {
  phase: Phase;
  title: string;
  path: string;
}

export function deliverables(ctx: ToolContext): Deliverable[] {
  const { service } = ctx;
  const list: Deliverable[] = [];
  if (service.kind === 'journey') list.push({ phase: 'kartlegge', title: `Brukerreisen «${service.title}», i dag og i fremtiden`, path: service.url });
  for (const p of service.processes) list.push({ phase: 'kartlegge', title: `Arbeidsprosessen «${p.title}», i dag og i fremtiden`, path: `/prosesser/${p.id}/` });
  list.push(
    { phase: 'kartlegge', title: 'Gevinstkalkulator', path: CALCULATOR_URL },
    { phase: 'kartlegge', title: `${toolTitle('gevinstanalyse')} for tjenesten (regneark)`, path: toolUrl(ctx, 'gevinstanalyse', 'xlsx') },
    { phase: 'kartlegge', title: `${toolTitle('beslutningsgrunnlag')} for tjenesten`, path: toolUrl(ctx, 'beslutningsgrunnlag', 'docx') },
  );
  for (const id of service.specs) list.push({ phase: 'anskaffe', title: `Kravspesifikasjonsmalen «${ctx.titles.specs[id] ?? id}»`, path: `/kravspesifikasjoner/${id}/` });
  list.push({ phase: 'anskaffe', title: 'Veiledning: anskaffelse med kravspesifikasjonsmalene', path: '/veiledning/anskaffelse-med-kravspesifikasjonsmaler/' });
  list.push({ phase: 'gjennomfore', title: 'Denne prosjektplanen med opplæringsplan', path: toolUrl(ctx, 'prosjektplan', 'docx') });
  list.push({ phase: 'realisere', title: `${toolTitle('gevinstrealiseringsplan')} for tjenesten (regneark)`, path: toolUrl(ctx, 'gevinstrealiseringsplan', 'xlsx') });
  list.push({ phase: 'realisere', title: 'Veiledning: gevinsttyper og eksempler på tall', path: '/veiledning/gevinstrealisering/' });
  return list;
}

const MILESTONES: { phase: Phase; title: string }[] = [
  { phase: 'kartlegge', title: 'Beslutningsgrunnlaget er behandlet politisk' },
  { phase: 'kartlegge', title: 'Utgangspunktet for gevinstene er målt' },
  { phase: 'anskaffe', title: 'Kravspesifikasjonen er tilpasset og konkurransen kunngjort' },
  { phase: 'anskaffe', title: 'Løsning er valgt og kontrakt signert' },
  { phase: 'gjennomfore', title: 'De ansatte er lært opp' },
  { phase: 'gjennomfore', title: 'Løsningen og den nye arbeidsprosessen er i drift' },
  { phase: 'realisere', title: 'Første måling av gevinstene' },
  { phase: 'realisere', title: 'Gevinstene er rapportert til ledelsen' },
];

const fillCell = (hint = ''): TableCell => ({ content: hint, fill: true });
const cell = (content: string | Inline[]): TableCell => ({ content });

export function prosjektplan(ctx: ToolContext): DocumentModel {
  const { service, base } = ctx;
  const phaseTitle = (id: Phase) => PHASE_INFO.find((p) => p.id === id)!.title;
  const items = deliverables(ctx);
  const blocks: Block[] = [
    { kind: 'paragraph', style: 'lead', content: 'Forslag til prosjektplan fra KommIT verktøykasse. Tilpass planen til kommunens systemer, folk og frister.' },
    {
      kind: 'fields',
      fields: [
        { label: 'Kommune', hint: 'Fylles ut av kommunen' },
        { label: 'Prosjekteier', hint: 'Navn og stilling' },
        { label: 'Prosjektleder', hint: 'Navn og stilling' },
        { label: 'Dato og versjon av planen', hint: 'For eksempel 1.0' },
      ],
    },
    { kind: 'paragraph', style: 'note', content: `Laget fra innholdet i verktøykassen, versjon ${ctx.date}. Alt som står i skraverte felt, fyller kommunen ut.` },
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, text: 'Bakgrunn og mål' },
    { kind: 'paragraph', content: service.summary },
    ...service.proposal.map((p): Block => ({ kind: 'paragraph', content: p })),
    { kind: 'fields', fields: [{ label: 'Mål for prosjektet', hint: 'Hva skal være annerledes når prosjektet er ferdig?' }, { label: 'Budsjett', hint: 'Også opplæring og frikjøp av ansatte' }] },
    { kind: 'heading', level: 1, text: 'Faser' },
    { kind: 'paragraph', content: `Planen følger KommITs fire hovedsteg. For hvert steg står det hva verktøykassen gir, og hva kommunen må gjøre selv. Kilde: KS KommIT (2014), hovedsteg i implementering av digitale løsninger. Fordelingen av kommunens oppgaver på stegene følger rekkefølgen i kilden.` },
  ];
  for (const phase of PHASE_INFO) {
    blocks.push(
      { kind: 'heading', level: 2, text: `${phase.number}. ${phase.title}` },
      { kind: 'paragraph', content: phase.intro },
      { kind: 'heading', level: 3, text: 'Dette gir verktøykassen' },
      { kind: 'list', items: phase.toolkitProvides },
      { kind: 'heading', level: 3, text: 'Dette må kommunen gjøre selv' },
      { kind: 'list', items: phase.municipalityDoes.map((t) => `${t.task}: ${t.how.map((h) => h.text.charAt(0).toLowerCase() + h.text.slice(1)).join('; ')}.`) },
      { kind: 'heading', level: 3, text: 'Leveranser fra verktøykassen' },
      { kind: 'list', items: items.filter((d) => d.phase === phase.id).map((d) => pageLink(ctx, d.title, d.path)) },
    );
  }
  blocks.push(
    { kind: 'heading', level: 1, text: 'Milepæler' },
    {
      kind: 'table',
      caption: 'Milepæler (fyll inn dato og ansvarlig)',
      columns: [{ title: 'Milepæl', width: 5 }, { title: 'Fase', width: 3 }, { title: 'Dato', width: 2 }, { title: 'Ansvarlig', width: 2.5 }],
      rows: MILESTONES.map((m) => [cell(m.title), cell(phaseTitle(m.phase)), fillCell(), fillCell()]),
    },
    { kind: 'heading', level: 1, text: 'Roller' },
    {
      kind: 'paragraph',
      content:
        service.roles.length > 0
          ? 'Rollene er hentet fra arbeidsprosessene for tjenesten. Alle roller i arbeidsflyten bør være med i prosjektet.'
          : 'Tjenesten har ingen arbeidsprosess med roller i verktøykassen. Skriv inn rollene selv.',
    },
    {
      kind: 'table',
      caption: 'Roller i prosjektet',
      columns: [{ title: 'Rolle', width: 4 }, { title: 'Arbeidet endres', width: 2 }, { title: 'Person', width: 3 }],
      rows: [
        [cell('Prosjekteier'), cell('–'), fillCell()],
        [cell('Prosjektleder'), cell('–'), fillCell()],
        ...service.roles.map((r) => [cell(r), cell(service.rolesAffected.includes(r) ? 'Ja' : 'Nei'), fillCell()]),
      ],
    },
    { kind: 'heading', level: 1, text: 'Risikoer' },
    { kind: 'paragraph', content: 'En startliste bygd på suksessfaktorer og erfaringer i kildene. Vurder sannsynlighet og konsekvens selv, og legg til lokale risikoer.' },
    {
      kind: 'table',
      caption: 'Risikoliste',
      columns: [{ title: 'Risiko', width: 4 }, { title: 'Tiltak', width: 4 }, { title: 'Sannsynlighet', width: 1.6 }, { title: 'Konsekvens', width: 1.6 }, { title: 'Eier', width: 1.6 }, { title: 'Kilde', width: 2.6 }],
      rows: base.successFactors.map((f) => [cell(f.risk), cell(f.measure), fillCell(), fillCell(), fillCell(), cell(`${f.source.publisher} (${f.source.year})`)]),
    },
    { kind: 'heading', level: 1, text: 'Opplæringsplan' },
    {
      kind: 'paragraph',
      content:
        service.trainingNeeds.length > 0
          ? 'Hvem som må læres opp i hva, avledet fra stegene som er nye, endret eller flyttet i den fremtidige arbeidsprosessen.'
          : 'Verktøykassen har ingen endrede steg for roller i denne tjenesten. Skriv inn opplæringsbehovet selv.',
    },
    {
      kind: 'table',
      caption: 'Opplæringsplan',
      columns: [{ title: 'Rolle', width: 2.5 }, { title: 'Nytt system eller ny arbeidsmåte', width: 5 }, { title: 'Når', width: 1.8 }, { title: 'Hvordan', width: 2.5 }],
      rows:
        service.trainingNeeds.length > 0
          ? service.trainingNeeds.map((t) => [cell(t.role), cell(t.topics.join('; ')), fillCell(), fillCell()])
          : [[fillCell(), fillCell(), fillCell(), fillCell()]],
    },
    { kind: 'heading', level: 1, text: 'Kilder' },
    {
      kind: 'list',
      items: [...new Set(base.successFactors.map((f) => sourceText(f.source)))].concat('KS KommIT: KommIT – program for IKT-samordning i kommunesektoren og KommIT verktøykasse (presentasjon) (2014), hovedsteg i implementering av digitale løsninger'),
    },
  );
  return {
    title: `Prosjektplan: ${service.title}`,
    subtitle: 'Forslag fra KommIT verktøykasse',
    header: `Prosjektplan – ${service.title} – versjon ${ctx.date}`,
    footer: 'KommIT verktøykasse',
    language: 'nb-NO',
    description: `Forslag til prosjektplan med opplæringsplan for ${service.title}.`,
    blocks,
  };
}
