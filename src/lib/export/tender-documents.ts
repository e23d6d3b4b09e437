/**
 * Tilknyttede anbudsdokumenter for one template (or basket): an evaluation model (xlsx, ods) for
 * the bør-krav, and an answer form (svarskjema) for suppliers (docx, odt, xlsx). Pure builders to
 * the neutral models; the writers render them.
 */
import type { Block, Cell, DocumentModel, Sheet, WorkbookModel } from './model';
import type { RequirementSet } from './requirement-set';
import { REQUIREMENT_TYPE_LABELS } from '../labels';
import { ANSWER_CHOICES, aboutSheetRows, groupHeading, referenceList, setHeader, setTemplates } from './requirement-document';
import { columnName } from './writers/sheet-styles';
import type { TenderKind } from '../spec';

export const SUPPLIERS = 5;
export const EVALUATION_SHEET = 'Vurdering';
export const AWARD_SHEET = 'Pris og tildeling';

/** The scoring scale (a suggestion the buyer adapts; it is not a rule). */
export const SCORE_SCALE: [string, string][] = [
  ['10', 'Kravet er oppfylt på en svært god måte. Svaret er konkret og godt dokumentert.'],
  ['7–9', 'Kravet er oppfylt på en god måte, med små svakheter.'],
  ['4–6', 'Kravet er delvis oppfylt, eller svaret er lite konkret.'],
  ['1–3', 'Kravet er i liten grad oppfylt.'],
  ['0', 'Kravet er ikke oppfylt, eller leverandøren har ikke svart.'],
];

export interface EvaluationLayout {
  /** 1-based sheet rows of the requirements on «Vurdering». */
  firstRow: number;
  lastRow: number;
  /** Row with the weighted quality score and the row with the quality ranking. */
  scoreRow: number;
  rankRow: number;
  /** 0-based column of supplier 1 on «Vurdering». */
  firstSupplierColumn: number;
  /** Cells on «Pris og tildeling» (A1 refs). */
  qualityWeight: string;
  qualityRow: number;
  priceRow: number;
  totalRow: number;
  totalRankRow: number;
  /** Column letter of supplier n (0-based) on «Pris og tildeling». */
  awardColumn: (n: number) => string;
}

export interface EvaluationFill {
  /** scores[i][s]: score of requirement i (in model order) for supplier s. */
  scores?: (number | null)[][];
  prices?: (number | null)[];
  qualityWeight?: number;
}

const quote = (name: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

/** The bør-krav of the set, in group order, with their category. */
export function evaluationRequirements(set: RequirementSet) {
  return set.groups.flatMap((g) => g.requirements.filter((r) => r.type === 'evaluering').map((r) => ({ r, g })));
}

export function evaluationLayout(set: RequirementSet): EvaluationLayout {
  const n = evaluationRequirements(set).length;
  const firstRow = 2;
  const lastRow = firstRow + Math.max(n, 1) - 1;
  return {
    firstRow,
    lastRow,
    scoreRow: lastRow + 2,
    rankRow: lastRow + 3,
    firstSupplierColumn: 4,
    qualityWeight: 'B3',
    qualityRow: 8,
    priceRow: 10,
    totalRow: 12,
    totalRankRow: 13,
    awardColumn: (s) => columnName(1 + s),
  };
}

/**
 * The evaluation model: «Vurdering» (every bør-krav with its weight, a 0–10 score per supplier,
 * weighted quality score and ranking), «Pris og tildeling» (the buyer's price/quality weighting,
 * prices, one common price-score formula, total and ranking) and «Om modellen».
 */
export function evaluationWorkbook(set: RequirementSet, fill: EvaluationFill = {}): WorkbookModel {
  const items = evaluationRequirements(set);
  const L = evaluationLayout(set);
  const supplierCols = Array.from({ length: SUPPLIERS }, (_, s) => columnName(L.firstSupplierColumn + s));
  const weights = `$D$${L.firstRow}:$D$${L.lastRow}`;
  const score = (i: number, s: number): Cell => {
    const v = fill.scores?.[i]?.[s];
    return { value: typeof v === 'number' ? v : null, style: 'input', format: 'decimal' };
  };
  const evaluation: Sheet = {
    name: EVALUATION_SHEET,
    columns: [{ width: 12 }, { width: 24, wrap: true }, { width: 60, wrap: true }, { width: 8, format: 'integer' }, ...supplierCols.map(() => ({ width: 14, format: 'decimal' as const }))],
    headerRows: 1,
    freezeColumns: 1,
    print: { landscape: true, fitToWidth: true },
    validations: supplierCols.map((_, s) => ({
      column: L.firstSupplierColumn + s,
      fromRow: L.firstRow - 1,
      toRow: L.lastRow - 1,
      type: 'decimal' as const,
      min: 0,
      max: 10,
      message: 'Skriv et tall fra 0 til 10.',
    })),
    rows: [
      ['Id', 'Kategori', 'Evalueringskrav (bør)', 'Vekt', ...supplierCols.map((_, s) => `Leverandør ${s + 1} (0–10)`)],
      ...(items.length
        ? items.map(({ r, g }, i): Cell[] => [r.id, g.categoryTitle, r.text, r.weight ?? 1, ...supplierCols.map((_, s) => score(i, s))])
        : [['', 'Malen har ingen evalueringskrav.', '', 0] as Cell[]]),
      [],
      [
        { value: 'Kvalitet', style: 'result' },
        { value: 'Vektet kvalitetspoeng (0–10)', style: 'result' },
        { value: 'Summen av poeng × vekt, delt på summen av vektene.', style: 'note' },
        { formula: `SUM(${weights})`, style: 'result', format: 'integer' },
        ...supplierCols.map((c): Cell => ({ formula: `IF(SUM(${weights})>0,ROUND(SUMPRODUCT(${weights},${c}${L.firstRow}:${c}${L.lastRow})/SUM(${weights}),2),0)`, style: 'result', format: 'decimal' })),
      ],
      [
        '',
        { value: 'Rangering på kvalitet', style: 'result' },
        { value: '1 er best. Like poeng gir lik plass.', style: 'note' },
        null,
        ...supplierCols.map((c): Cell => ({ formula: `RANK(${c}${L.scoreRow},$${supplierCols[0]}$${L.scoreRow}:$${supplierCols.at(-1)}$${L.scoreRow})`, style: 'result', format: 'integer' })),
      ],
    ],
  };

  const ev = quote(EVALUATION_SHEET);
  const A = (s: number) => L.awardColumn(s);
  const suppliers = Array.from({ length: SUPPLIERS }, (_, s) => s);
  const prices = `$${A(0)}$${L.priceRow}:$${A(SUPPLIERS - 1)}$${L.priceRow}`;
  const qw = '$B$3';
  const totals = `$${A(0)}$${L.totalRow}:$${A(SUPPLIERS - 1)}$${L.totalRow}`;
  const award: Sheet = {
    name: AWARD_SHEET,
    columns: [{ width: 34, wrap: true }, ...suppliers.map(() => ({ width: 16 }))],
    headerRows: 0,
    print: { landscape: true, fitToWidth: true },
    validations: [
      { column: 1, fromRow: 2, toRow: 2, type: 'decimal', min: 0, max: 1, message: 'Skriv en andel fra 0 % til 100 %.' },
      ...suppliers.map((s) => ({ column: 1 + s, fromRow: L.priceRow - 1, toRow: L.priceRow - 1, type: 'decimal' as const, min: 0, max: 1e12, message: 'Skriv prisen i kroner.' })),
    ],
    rows: [
      [{ value: 'Pris og tildeling', style: 'title' }],
      [{ value: 'Kommunen bestemmer vektingen av kvalitet og pris før konkurransen kunngjøres, og oppgir den i konkurransegrunnlaget.', style: 'note' }],
      ['Vekt kvalitet (kommunen fyller ut)', { value: fill.qualityWeight ?? null, style: 'input', format: 'percent' }],
      ['Vekt pris', { formula: `IF(ISNUMBER(${L.qualityWeight}),1-${L.qualityWeight},"")`, format: 'percent' }],
      [],
      [{ value: 'Leverandør', style: 'header' }, ...suppliers.map((s): Cell => ({ value: `Leverandør ${s + 1}`, style: 'header' }))],
      ['Navn', ...suppliers.map((): Cell => ({ value: null, style: 'input' }))],
      ['Kvalitetspoeng (0–10) fra arket «Vurdering»', ...suppliers.map((s): Cell => ({ formula: `${ev}!${columnName(L.firstSupplierColumn + s)}${L.scoreRow}`, format: 'decimal' }))],
      [],
      ['Tilbudt pris (kr)', ...suppliers.map((s): Cell => ({ value: fill.prices?.[s] ?? null, style: 'input', format: 'kroner' }))],
      ['Prispoeng (0–10): laveste pris × 10 / tilbudt pris', ...suppliers.map((s): Cell => ({ formula: `IF(AND(ISNUMBER(${A(s)}${L.priceRow}),${A(s)}${L.priceRow}>0),ROUND(10*MIN(${prices})/${A(s)}${L.priceRow},2),"")`, format: 'decimal' }))],
      [
        { value: 'Samlet poeng: vekt kvalitet × kvalitetspoeng + vekt pris × prispoeng', style: 'result' },
        ...suppliers.map((s): Cell => ({
          formula: `IF(AND(ISNUMBER(${qw}),ISNUMBER(${A(s)}${L.priceRow + 1})),ROUND(${qw}*${A(s)}${L.qualityRow}+(1-${qw})*${A(s)}${L.priceRow + 1},2),"")`,
          style: 'result',
          format: 'decimal',
        })),
      ],
      [{ value: 'Rangering (1 er best)', style: 'result' }, ...suppliers.map((s): Cell => ({ formula: `IF(ISNUMBER(${A(s)}${L.totalRow}),RANK(${A(s)}${L.totalRow},${totals}),"")`, style: 'result', format: 'integer' }))],
      [],
      [{ value: 'Om prisformelen', style: 'title' }],
      [{ value: 'Prispoengene regnes her forholdsmessig: laveste pris får 10 poeng, og en pris som er dobbelt så høy, får 5. Det er én vanlig modell, ikke den eneste. Kommunen kan bytte den ut, men modellen og vektingen må stå i konkurransegrunnlaget.', style: 'note' }],
    ],
  };

  const categoryWeights: Cell[][] = [];
  let row = L.firstRow;
  for (const g of set.groups) {
    const n = g.requirements.filter((r) => r.type === 'evaluering').length;
    if (n === 0) continue;
    const range = `${ev}!$D$${row}:$D$${row + n - 1}`;
    categoryWeights.push([
      setTemplates(set).length > 1 ? groupHeading(g, true) : g.categoryTitle,
      { formula: `SUM(${range})`, format: 'integer' },
      { formula: `IF(SUM(${ev}!${weights})>0,SUM(${range})/SUM(${ev}!${weights}),0)`, format: 'percent' },
    ]);
    row += n;
  }
  const about: Sheet = {
    name: 'Om modellen',
    columns: [{ width: 28, wrap: true }, { width: 90, wrap: true }, { width: 14, format: 'percent' }],
    headerRows: 0,
    print: { landscape: true, fitToWidth: true },
    rows: [
      ...aboutSheetRows({ ...set, title: `Evalueringsmodell: ${set.title}` }, [
        ['Slik virker modellen', 'Gi hver leverandør 0–10 poeng for hvert evalueringskrav på arket «Vurdering». Modellen ganger poengene med vekten og gir et vektet kvalitetspoeng fra 0 til 10. På arket «Pris og tildeling» fyller kommunen inn vektingen av kvalitet og pris og de tilbudte prisene.'],
        ['Minimumskrav', 'Minimumskrav (skal) gir ikke poeng. Et tilbud som ikke oppfyller dem, vurderes før evalueringen.'],
      ]),
      [],
      [{ value: 'Poengskala (forslag, tilpass den)', style: 'title' }],
      ...SCORE_SCALE.map(([p, text]): Cell[] => [p, text]),
      [],
      [{ value: 'Vekt per kategori', style: 'title' }, null, null],
      [{ value: 'Kategori', style: 'header' }, { value: 'Sum vekt', style: 'header' }, { value: 'Andel', style: 'header' }],
      ...categoryWeights,
    ],
  };
  return {
    title: `Evalueringsmodell – ${setHeader(set)}`,
    description: `Evalueringsmodell for bør-kravene i ${set.title}`,
    language: 'nb-NO',
    sheets: [evaluation, award, about],
  };
}

// ---------------------------------------------------------------- svarskjema

/** The answer form: one block per requirement for the supplier to fill in. */
export function responseFormDocument(set: RequirementSet): DocumentModel {
  const multi = setTemplates(set).length > 1;
  const blocks: Block[] = [
    { kind: 'paragraph', content: `Svarskjema til ${set.appendix.replace(/^Bilag 1 /, 'bilag 1, ')}${set.version ? `, versjon ${set.version}` : ''}.`, style: 'lead' },
    {
      kind: 'fields',
      fields: [
        { label: 'Leverandør', hint: 'Firmanavn' },
        { label: 'Organisasjonsnummer', hint: '9 siffer' },
        { label: 'Kontaktperson', hint: 'Navn, e-post og telefon' },
        { label: 'Konkurranse', hint: 'Anskaffelsens navn og saksnummer' },
        { label: 'Dato', hint: 'Dato for tilbudet' },
      ],
    },
    { kind: 'heading', level: 1, text: 'Slik fyller du ut skjemaet' },
    {
      kind: 'list',
      items: [
        `Svar på hvert krav: marker ${ANSWER_CHOICES.map((c) => `«${c}»`).join(', ').replace(/, ([^,]*)$/, ' eller $1')}.`,
        'Beskriv hvordan løsningen oppfyller kravet. Følg svarveiledningen.',
        'Vis til dokumentasjonen i tilbudet (vedlegg og side).',
        'Ikke endre kravteksten eller krav-id-en.',
      ],
    },
    { kind: 'pageBreak' },
  ];
  for (const g of set.groups) {
    if (g.requirements.length === 0) continue;
    blocks.push({ kind: 'heading', level: 1, text: groupHeading(g, multi) });
    for (const r of g.requirements) {
      blocks.push({ kind: 'heading', level: 2, text: `${r.id} – ${REQUIREMENT_TYPE_LABELS[r.type]}${r.weight ? `, vekt ${r.weight}` : ''}` });
      const refs = referenceList(r, set.referenceTitles);
      blocks.push({
        kind: 'table',
        columns: [{ title: 'Krav', width: 1 }, { title: r.text, width: 3 }],
        rows: [
          [{ content: 'Svarveiledning', bold: true }, { content: r.guidance }],
          [{ content: 'Slik kontrollerer kunden kravet', bold: true }, { content: r.verification }],
          ...(refs.length ? [[{ content: 'Henvisninger', bold: true }, { content: refs.join(', ') }]] : []),
          [{ content: 'Oppfylt / Delvis oppfylt / Ikke oppfylt', bold: true }, { content: ANSWER_CHOICES.map((c) => `☐ ${c}`).join('   '), fill: true }],
          [{ content: 'Leverandørens beskrivelse', bold: true }, { content: '\n\n\n', fill: true }],
          [{ content: 'Henvisning til dokumentasjon', bold: true }, { content: '', fill: true }],
        ],
      });
    }
  }
  return {
    title: `Svarskjema: ${set.title}`,
    subtitle: set.appendix,
    header: `Svarskjema – ${setHeader(set)}`,
    footer: 'KommIT verktøykasse',
    language: 'nb-NO',
    orientation: 'portrait',
    description: `Svarskjema for leverandører til ${set.title}`,
    blocks,
  };
}

export const RESPONSE_HEADER = ['Id', 'Kategori', 'Krav', 'Type', 'Vekt', 'Svarveiledning', 'Leverandørens svar', 'Leverandørens beskrivelse', 'Henvisning til dokumentasjon'];

export function responseFormWorkbook(set: RequirementSet): WorkbookModel {
  const rows = set.groups.flatMap((g) => g.requirements.map((r) => ({ r, g })));
  return {
    title: `Svarskjema – ${setHeader(set)}`,
    description: `Svarskjema for leverandører til ${set.title}`,
    language: 'nb-NO',
    sheets: [
      {
        name: 'Svarskjema',
        columns: [{ width: 12 }, { width: 20, wrap: true }, { width: 60, wrap: true }, { width: 18, wrap: true }, { width: 7, format: 'integer' }, { width: 45, wrap: true }, { width: 16 }, { width: 50, wrap: true }, { width: 28, wrap: true }],
        headerRows: 1,
        freezeColumns: 1,
        filter: true,
        print: { landscape: true, fitToWidth: true },
        validations: rows.length ? [{ column: 6, fromRow: 1, toRow: rows.length, type: 'list', values: [...ANSWER_CHOICES], message: `Velg ${ANSWER_CHOICES.join(', ')}.` }] : [],
        rows: [
          RESPONSE_HEADER,
          ...rows.map(({ r, g }): Cell[] => [r.id, g.categoryTitle, r.text, REQUIREMENT_TYPE_LABELS[r.type], r.weight ?? null, r.guidance, { value: null, style: 'input' }, { value: null, style: 'input' }, { value: null, style: 'input' }]),
        ],
      },
      {
        name: 'Om skjemaet',
        columns: [{ width: 22, wrap: true }, { width: 100, wrap: true }],
        headerRows: 0,
        print: { landscape: true, fitToWidth: true },
        rows: aboutSheetRows({ ...set, title: `Svarskjema: ${set.title}` }),
      },
    ],
  };
}

export type TenderFormat = 'docx' | 'odt' | 'xlsx' | 'ods';

export async function tenderFile(kind: TenderKind, format: TenderFormat, set: RequirementSet): Promise<Uint8Array> {
  const w = await import('./writers');
  if (kind === 'evalueringsmodell') return format === 'ods' ? w.renderOds(evaluationWorkbook(set)) : w.renderXlsx(evaluationWorkbook(set));
  if (format === 'docx') return w.renderDocx(responseFormDocument(set));
  if (format === 'odt') return w.renderOdt(responseFormDocument(set));
  return w.renderXlsx(responseFormWorkbook(set));
}
