/**
 * Beslutningsgrunnlag (docx + odt): 1–2 pages for formannskap or kommunestyre. The service, today's
 * problems, the proposal, what to buy, what to connect to, the expected benefits (the calculator's
 * defaults, labelled as an estimate), risks and next steps; the fields the municipality fills are marked.
 */
import { computeBenefit, formatNumber, summarise } from '../benefit';
import type { Block, DocumentModel } from '../export/model';
import { PHASE_INFO } from '../phases';
import { CALCULATOR_URL } from './registry';
import { pageLink, shortLink, type ToolContext } from './context';
import { serviceInputs } from './inputs';
import { qualitativeBenefits } from './qualitative';

/** The estimate the decision basis states: the same function and defaults as the calculator. */
export function decisionEstimate(ctx: ToolContext) {
  return summarise(computeBenefit(serviceInputs(ctx.service, ctx.base).inputs));
}

export function beslutningsgrunnlag(ctx: ToolContext): DocumentModel {
  const { service, base } = ctx;
  const estimate = decisionEstimate(ctx);
  const changes = service.processes.reduce(
    (sum, p) => ({ removed: sum.removed + p.comparison.counts.removed, automated: sum.automated + p.comparison.counts.automated, added: sum.added + p.comparison.counts.added }),
    { removed: 0, automated: 0, added: 0 },
  );
  const problems = service.painPoints.slice(0, 3).map((p) => p.text);
  const blocks: Block[] = [
    {
      kind: 'fields',
      fields: [
        { label: 'Kommune', hint: 'Fylles ut av kommunen' },
        { label: 'Saksnummer', hint: 'Fra sak- og arkivsystemet' },
        { label: 'Utvalg og møtedato', hint: 'For eksempel formannskapet' },
        { label: 'Saksbehandler', hint: 'Navn' },
      ],
    },
    { kind: 'heading', level: 2, text: 'Saken' },
    { kind: 'paragraph', content: [{ text: `${service.summary} Se ` }, ...pageLink(ctx, service.kind === 'journey' ? 'brukerreisen' : 'arbeidsprosessen', service.url), { text: ' i verktøykassen.' }] },
    { kind: 'heading', level: 2, text: 'Problemene i dag' },
    problems.length > 0
      ? { kind: 'list', items: problems }
      : { kind: 'fields', fields: [{ label: 'Problemene i dag', hint: 'Beskriv hva som ikke fungerer i dag' }] },
    { kind: 'heading', level: 2, text: 'Forslag' },
    ...service.proposal.map((p): Block => ({ kind: 'paragraph', content: p })),
    ...(service.processes.length > 0
      ? [{ kind: 'paragraph', content: `I arbeidsprosessen faller ${changes.removed} steg bort, ${changes.added} kommer til og ${changes.automated} blir gjort av et system. Manuelle steg går fra ${service.manualSteps.today} til ${service.manualSteps.future}.` } as Block]
      : []),
    { kind: 'heading', level: 2, text: 'Hva kommunen må kjøpe' },
    service.specs.length > 0
      ? { kind: 'list', items: service.specs.map((id) => shortLink(ctx, ctx.titles.specs[id] ?? id, `/kravspesifikasjoner/${id}/`)) }
      : { kind: 'paragraph', content: 'Verktøykassen har ingen kravspesifikasjonsmal for tjenesten ennå.' },
    { kind: 'heading', level: 2, text: 'Hva løsningen skal kobles til' },
    service.componentsIntroduced.length > 0
      ? { kind: 'paragraph', content: service.componentsIntroduced.flatMap((id, i) => [...(i > 0 ? [{ text: ', ' }] : []), ...shortLink(ctx, ctx.titles.standards[id] ?? id, `/standarder/${id}/`)]) }
      : { kind: 'paragraph', content: 'Ingen nye felleskomponenter ut over det kommunen bruker i dag.' },
    { kind: 'heading', level: 2, text: 'Forventede gevinster (anslag)' },
    {
      kind: 'table',
      caption: 'Anslag per år med verktøykassens standardverdier',
      columns: [{ title: 'Gevinst', width: 5 }, { title: 'Anslag per år', width: 2 }, { title: 'Kommunens tall', width: 2 }],
      rows: [
        [{ content: 'Timer spart i saksbehandlingen' }, { content: `${formatNumber(estimate.hoursSaved, 1)} timer` }, { content: '', fill: true }],
        [{ content: 'Kroner spart i saksbehandlingen' }, { content: `${formatNumber(estimate.caseworkSaved)} kr` }, { content: '', fill: true }],
        [{ content: 'Kroner spart i kanalkostnader' }, { content: `${formatNumber(estimate.channelSaved)} kr` }, { content: '', fill: true }],
        [{ content: 'Kroner spart i alt', bold: true }, { content: `${formatNumber(estimate.totalSaved)} kr`, bold: true }, { content: '', fill: true }],
      ],
    },
    { kind: 'paragraph', style: 'note', content: [{ text: 'Anslag med verktøykassens standardverdier: danske og eldre anslag og eksempelverdier, ikke norske fakta. Erstatt dem med kommunens egne tall i ' }, ...shortLink(ctx, 'gevinstkalkulatoren', CALCULATOR_URL), { text: ' eller i gevinstanalysen for tjenesten.' }] },
    { kind: 'paragraph', content: `Kvalitative gevinster: ${qualitativeBenefits(service, base).slice(0, 4).map((q) => q.effect.toLowerCase()).join('; ')}.` },
    { kind: 'heading', level: 2, text: 'Risiko' },
    { kind: 'list', items: base.successFactors.slice(0, 3).map((f) => f.risk) },
    { kind: 'paragraph', content: 'Tiltak mot risikoene og flere risikoer står i prosjektplanen for tjenesten.' },
    { kind: 'heading', level: 2, text: 'Neste steg' },
    { kind: 'paragraph', content: `Etter vedtaket følger kommunen de fire hovedstegene: ${PHASE_INFO.map((p) => p.title.toLowerCase()).join(', ')}. Se prosjektplanen for tjenesten.` },
    { kind: 'heading', level: 2, text: 'Vedtak' },
    { kind: 'fields', fields: [{ label: 'Forslag til vedtak', hint: 'Skriv forslaget, for eksempel at kommunen går videre med anskaffelsen' }, { label: 'Kostnad og finansiering', hint: 'Fylles ut av kommunen' }] },
  ];
  return {
    title: `Beslutningsgrunnlag: ${service.title}`,
    subtitle: 'Utkast til saksframlegg for formannskap eller kommunestyre. Skraverte felt fyller kommunen ut.',
    header: `Beslutningsgrunnlag – ${service.title}`,
    footer: `Laget med KommIT verktøykasse, versjon ${ctx.date}`,
    language: 'nb-NO',
    description: `Utkast til beslutningsgrunnlag for ${service.title} for formannskap eller kommunestyre.`,
    blocks,
  };
}
