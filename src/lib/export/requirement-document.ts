/**
 * Builders from a RequirementSet (a template or the buyer's basket) to the neutral models, and one
 * entry point for all six download formats. Pure; runs at build time and in the browser.
 */
import type { Block, DocumentModel, Inline, Inlines, TableCell, WorkbookModel, Cell } from './model';
import type { RequirementGroup, RequirementSet } from './requirement-set';
import type { Requirement } from '../schema';
import { REQUIREMENT_TYPE_LABELS } from '../labels';
import { formatDate } from '../text';
import { toCsv } from './rows';

export const ANSWER_CHOICES = ['Oppfylt', 'Delvis oppfylt', 'Ikke oppfylt'] as const;
export const SET_FORMATS = ['docx', 'odt', 'xlsx', 'ods', 'csv', 'json'] as const;
export type SetFormat = (typeof SET_FORMATS)[number];

const TOOLKIT = 'KommIT verktøykasse';

/** Templates in the set, in order, each once: «Sak- og arkivsystem, versjon 1.1.0». */
export function setTemplates(set: RequirementSet): { id: string; title: string; version: string }[] {
  const seen = new Map<string, { id: string; title: string; version: string }>();
  for (const g of set.groups) if (!seen.has(g.templateId)) seen.set(g.templateId, { id: g.templateId, title: g.templateTitle, version: g.templateVersion });
  return [...seen.values()];
}

const multiTemplate = (set: RequirementSet) => setTemplates(set).length > 1;

/** Principles and standards a requirement cites, by title (never the slug, unless no title is known). */
export function referenceList(r: Requirement, titles: Record<string, string>): string[] {
  return [
    ...r.principles.map((id) => titles[`principles/${id}`] ?? id),
    ...r.standards.map((id) => titles[`standards/${id}`] ?? id),
  ];
}

export const setHeader = (set: RequirementSet): string =>
  set.version ? `${set.title} – versjon ${set.version}` : `${set.title} – ${formatDate(set.date)}`;

function sourceLine(set: RequirementSet): Inlines {
  const origin = set.version ? `Versjon ${set.version}, ${formatDate(set.date)}. ` : `Laget ${formatDate(set.date)}. `;
  if (set.sourceUrl) return [{ text: `${origin}Mal fra ${TOOLKIT}: ` }, { text: set.sourceUrl, href: set.sourceUrl }];
  return `${origin}Mal fra ${TOOLKIT}.`;
}

const TYPE_EXPLANATION: Record<Requirement['type'], string> = {
  minimum: 'må være oppfylt. Et tilbud som ikke oppfyller et minimumskrav, kan avvises.',
  evaluering: 'gir poeng etter hvor godt det er oppfylt, ganget med vekten (1–10). Høyere vekt betyr at kravet teller mer.',
  info: 'ber leverandøren beskrive noe. Svaret gir ikke poeng alene, men brukes i vurderingen av andre krav.',
};

export function instructionBlocks(set: RequirementSet): Block[] {
  const hasBuyerFields = set.groups.some((g) => g.requirements.some((r) => (r.buyerFields ?? []).length > 0));
  return [
    { kind: 'heading', level: 1, text: 'Slik bruker du dokumentet' },
    ...(set.scope ? [{ kind: 'paragraph', content: set.scope } as Block] : []),
    { kind: 'heading', level: 2, text: 'For kommunen' },
    {
      kind: 'list',
      items: [
        'Tilpass kravene til kommunens behov før konkurransen kunngjøres. Fjern krav som ikke passer, og behold krav-id-ene, så kan du vise til malen.',
        'Fyll ut feltene på forsiden.',
        ...(hasBuyerFields ? ['Noen krav har felt merket «Kommunen fyller ut». Fyll dem ut før konkurransen kunngjøres, og slett merknaden.'] : []),
        'Legg ved evalueringsmodellen hvis konkurransen har evalueringskrav (bør-krav).',
      ],
    },
    { kind: 'heading', level: 2, text: 'For leverandøren' },
    {
      kind: 'list',
      items: [
        'Svar på hvert krav i de skraverte cellene.',
        `Marker om kravet er ${ANSWER_CHOICES.map((c) => `«${c}»`).join(', ').replace(/, ([^,]*)$/, ' eller $1')}.`,
        'Beskriv under «Leverandørens beskrivelse» hvordan løsningen oppfyller kravet. Følg svarveiledningen for kravet.',
        'Vis under «Henvisning til dokumentasjon» hvor i tilbudet beskrivelsen eller dokumentasjonen står.',
      ],
    },
    { kind: 'heading', level: 2, text: 'Kravtyper og vekt' },
    {
      kind: 'list',
      items: (Object.keys(TYPE_EXPLANATION) as Requirement['type'][]).map((t): Inline[] => [{ text: `${REQUIREMENT_TYPE_LABELS[t]}: `, bold: true }, { text: TYPE_EXPLANATION[t] }]),
    },
  ];
}

const DOC_COLUMNS = [
  { title: 'Id', width: 2.4 },
  { title: 'Krav', width: 8.4 },
  { title: 'Type', width: 3 },
  { title: 'Vekt', width: 1.2 },
  { title: 'Oppfylt / Delvis oppfylt / Ikke oppfylt', width: 2.9 },
  { title: 'Leverandørens beskrivelse', width: 4.8 },
  { title: 'Henvisning til dokumentasjon', width: 3 },
];

function requirementCell(r: Requirement, titles: Record<string, string>): Inline[] {
  const refs = referenceList(r, titles);
  return [
    { text: r.text, bold: true },
    { text: '\nHvorfor kravet finnes: ', italic: true },
    { text: r.motive },
    { text: '\nSlik kontrollerer kunden kravet: ', italic: true },
    { text: r.verification },
    { text: '\nSvarveiledning: ', italic: true },
    { text: r.guidance },
    ...(refs.length ? [{ text: '\nHenvisninger: ', italic: true }, { text: refs.join(', ') }] : []),
  ];
}

function requirementRows(r: Requirement, titles: Record<string, string>): TableCell[][] {
  const row: TableCell[] = [
    { content: r.id, bold: true },
    { content: requirementCell(r, titles) },
    { content: REQUIREMENT_TYPE_LABELS[r.type] },
    { content: r.weight === undefined ? '–' : String(r.weight) },
    { content: ANSWER_CHOICES.map((c) => `☐ ${c}`).join('\n'), fill: true },
    { content: '', fill: true },
    { content: '', fill: true },
  ];
  const buyer = (r.buyerFields ?? []).map((f): TableCell[] => [
    { content: '' },
    { content: [{ text: 'Kommunen fyller ut: ', bold: true }, { text: f.label }], span: 3 },
    { content: f.hint ? [{ text: f.hint, italic: true }] : '', fill: true, span: 3 },
  ]);
  return [row, ...buyer];
}

export function groupHeading(g: RequirementGroup, multi: boolean): string {
  return multi ? `${g.templateTitle} (versjon ${g.templateVersion}): ${g.categoryTitle}` : g.categoryTitle;
}

/** The Bilag 1 document: title page with fields, instructions, one answer table per category. */
export function requirementSetDocument(set: RequirementSet): DocumentModel {
  const multi = multiTemplate(set);
  const templates = setTemplates(set);
  const count = set.groups.reduce((n, g) => n + g.requirements.length, 0);
  const titlePage: Block[] = [
    { kind: 'paragraph', content: sourceLine(set), style: 'lead' },
    ...(multi || !set.version
      ? [{ kind: 'paragraph', content: `Kravene er hentet fra ${templates.map((t) => `${t.title} (versjon ${t.version})`).join(', ')}.` } as Block]
      : []),
    { kind: 'paragraph', content: `${count} krav.` },
    ...(set.notice ? [{ kind: 'paragraph', content: set.notice, style: 'note' } as Block] : []),
    {
      kind: 'fields',
      fields: [
        { label: 'Kommune', hint: 'Kommunens navn' },
        { label: 'Anskaffelsens navn', hint: 'Navnet på konkurransen' },
        { label: 'Saksnummer', hint: 'Kommunens saksnummer' },
        { label: 'Frist for tilbud', hint: 'Dato og klokkeslett' },
      ],
    },
    { kind: 'pageBreak' },
  ];
  const body: Block[] = [{ kind: 'heading', level: 1, text: 'Krav' }];
  for (const g of set.groups) {
    if (g.requirements.length === 0) continue;
    body.push({ kind: 'heading', level: 2, text: groupHeading(g, multi) });
    body.push({ kind: 'table', columns: DOC_COLUMNS, rows: g.requirements.flatMap((r) => requirementRows(r, set.referenceTitles)) });
  }
  return {
    title: set.title,
    subtitle: set.appendix,
    header: setHeader(set),
    footer: TOOLKIT,
    language: 'nb-NO',
    orientation: 'landscape',
    description: `${set.appendix}: ${count} krav med svarfelt for leverandøren.`,
    blocks: [...titlePage, ...instructionBlocks(set), { kind: 'pageBreak' }, ...body],
  };
}

// ---------------------------------------------------------------- matrix (xlsx, ods, csv)

export const MATRIX_HEADER = [
  'Id',
  'Mal',
  'Kategori',
  'Krav',
  'Type',
  'Vekt',
  'Begrunnelse',
  'Slik kontrolleres kravet',
  'Svarveiledning',
  'Henvisninger',
  'Kommunen fyller ut',
  'Leverandørens svar',
  'Leverandørens beskrivelse',
  'Henvisning til dokumentasjon',
] as const;
const ANSWER_COLUMN = MATRIX_HEADER.indexOf('Leverandørens svar');

/** One row per requirement: text cells as plain strings (typed cells in xlsx/ods), weight as a number. */
export function matrixRows(set: RequirementSet): (string | number | null)[][] {
  return set.groups.flatMap((g) =>
    g.requirements.map((r) => [
      r.id,
      `${g.templateTitle} ${g.templateVersion}`,
      g.categoryTitle,
      r.text,
      REQUIREMENT_TYPE_LABELS[r.type],
      r.weight ?? null,
      r.motive,
      r.verification,
      r.guidance,
      referenceList(r, set.referenceTitles).join(', '),
      (r.buyerFields ?? []).map((f) => (f.hint ? `${f.label}: ${f.hint}` : f.label)).join('\n'),
      null,
      null,
      null,
    ]),
  );
}

export function aboutSheetRows(set: RequirementSet, extra: Cell[][] = []): Cell[][] {
  const templates = setTemplates(set);
  return [
    [{ value: set.title, style: 'title' }],
    ['Bilag', set.appendix],
    ...(set.version ? [['Versjon', set.version] as Cell[]] : [['Maler', templates.map((t) => `${t.title} (versjon ${t.version})`).join('\n')] as Cell[]]),
    ['Dato', set.date],
    ['Kilde', set.sourceUrl ?? `${TOOLKIT} (bygget uten nettadresse)`],
    ...(set.notice ? [['Merk', set.notice] as Cell[]] : []),
    [],
    [{ value: 'Slik bruker du regnearket', style: 'title' }],
    ['Kommunen', 'Tilpass kravene før konkurransen kunngjøres, og fyll ut kolonnen «Kommunen fyller ut» der den har innhold. Behold krav-id-ene.'],
    ['Leverandøren', `Velg ${ANSWER_CHOICES.join(', ')} i kolonnen «Leverandørens svar», beskriv løsningen i «Leverandørens beskrivelse» og vis til dokumentasjonen i tilbudet.`],
    ...extra,
    [],
    [{ value: 'Kravtyper', style: 'title' }],
    ...(Object.keys(TYPE_EXPLANATION) as Requirement['type'][]).map((t): Cell[] => [REQUIREMENT_TYPE_LABELS[t], TYPE_EXPLANATION[t]]),
    [],
    [{ value: 'Vekt', style: 'title' }],
    ['1–10', 'Vekten gjelder bare evalueringskrav (bør). Den sier hvor mye kravet teller i evalueringen av kvalitet: et krav med vekt 10 teller ti ganger så mye som et krav med vekt 1.'],
  ];
}

/** The requirement matrix workbook: «Kravmatrise» with answer columns, and «Om malen». */
export function requirementSetWorkbook(set: RequirementSet): WorkbookModel {
  const rows = matrixRows(set);
  const widths = [12, 22, 20, 60, 18, 7, 45, 40, 40, 30, 30, 16, 45, 28];
  const wrapped = new Set([1, 2, 3, 6, 7, 8, 9, 10, 12, 13]);
  return {
    title: setHeader(set),
    description: `${set.appendix} som kravmatrise`,
    language: 'nb-NO',
    sheets: [
      {
        name: 'Kravmatrise',
        columns: widths.map((width, i) => ({ width, wrap: wrapped.has(i), ...(i === 5 ? { format: 'integer' as const } : {}) })),
        headerRows: 1,
        freezeColumns: 1,
        filter: true,
        print: { landscape: true, fitToWidth: true },
        validations: rows.length
          ? [{ column: ANSWER_COLUMN, fromRow: 1, toRow: rows.length, type: 'list', values: [...ANSWER_CHOICES], message: `Velg ${ANSWER_CHOICES.join(', ')}.` }]
          : [],
        rows: [
          [...MATRIX_HEADER],
          ...rows.map((row) => row.map((v, i): Cell => (i >= ANSWER_COLUMN ? { value: null, style: 'input' } : v))),
        ],
      },
      {
        name: 'Om malen',
        columns: [{ width: 22, wrap: true }, { width: 100, wrap: true }],
        headerRows: 0,
        print: { landscape: true, fitToWidth: true },
        rows: aboutSheetRows(set),
      },
    ],
  };
}

/** JSON: the set's metadata and every requirement with the template and category it comes from. */
export function requirementSetJson(set: RequirementSet) {
  return {
    title: set.title,
    appendix: set.appendix,
    ...(set.version ? { version: set.version } : {}),
    date: set.date,
    ...(set.scope ? { scope: set.scope } : {}),
    ...(set.sourceUrl ? { url: set.sourceUrl } : {}),
    generator: TOOLKIT,
    ...(set.notice ? { notice: set.notice } : {}),
    templates: setTemplates(set),
    categories: [...new Map(set.groups.map((g) => [g.categoryId, { id: g.categoryId, title: g.categoryTitle }])).values()],
    requirements: set.groups.flatMap((g) =>
      g.requirements.map((r) => ({
        ...r,
        template: g.templateId,
        templateVersion: g.templateVersion,
        categoryTitle: g.categoryTitle,
        references: referenceList(r, set.referenceTitles),
      })),
    ),
  };
}

/**
 * Every download format from one set. Office formats come from the writers, loaded on demand so a
 * page that only needs CSV does not load them.
 */
export async function requirementSetFile(format: SetFormat, set: RequirementSet): Promise<Uint8Array | string> {
  switch (format) {
    case 'csv':
      return toCsv(MATRIX_HEADER, matrixRows(set).map((row) => row.map((v) => (v === null ? '' : String(v)))));
    case 'json':
      return `${JSON.stringify(requirementSetJson(set), null, 2)}\n`;
    case 'docx':
      return (await import('./writers/docx')).renderDocx(requirementSetDocument(set));
    case 'odt':
      return (await import('./writers/odt')).renderOdt(requirementSetDocument(set));
    case 'xlsx':
      return (await import('./writers/xlsx')).renderXlsx(requirementSetWorkbook(set));
    case 'ods':
      return (await import('./writers/ods')).renderOds(requirementSetWorkbook(set));
  }
}
