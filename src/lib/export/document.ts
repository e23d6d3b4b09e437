/** The Bilag 1 document (DOCX and ODT share this model): title page, instructions, a table per category. */
import { Document, HeadingLevel, Packer, PageBreak, Paragraph, Table, TableRow, TableCell, TextRun, WidthType } from 'docx';
import type { Requirement, Spec } from '../schema';
import { REQUIREMENT_TYPE_LABELS } from '../labels';
import { references } from './rows';
import { formatDate } from '../text';

export interface DocumentModel {
  appendix: string;
  title: string;
  titleLines: string[];
  instructions: string[];
  tableHeader: string[];
  categories: { title: string; rows: string[][] }[];
}

export function documentModel(spec: Spec, requirements: Requirement[], url: string): DocumentModel {
  const active = requirements.filter((r) => !r.removedIn);
  const date = spec.changelog[0]?.date ?? spec.updated;
  return {
    appendix: spec.ssaAppendix,
    title: spec.title,
    titleLines: [`Versjon ${spec.version}, ${formatDate(date)}`, `Systemtype: ${spec.systemType}`, `Mal fra KommIT verktøykasse: ${url}`],
    instructions: [
      spec.scope,
      'Minimumskrav (skal) må være oppfylt. Et tilbud som ikke oppfyller et minimumskrav, kan avvises.',
      'Evalueringskrav (bør) gir poeng etter vekten i kolonnen Vekt. Informasjonskrav ber leverandøren beskrive noe.',
      'Leverandøren fyller ut kolonnen Leverandørens svar for hvert krav og viser til hvor i tilbudet svaret står.',
      'Tilpass kravene til kommunens behov før konkurransen kunngjøres. Behold krav-id-ene, så kan du vise til malen.',
    ],
    tableHeader: ['Id', 'Krav', 'Type', 'Vekt', 'Leverandørens svar', 'Henvisning'],
    categories: spec.categories
      .map((c) => ({
        title: c.title,
        rows: active.filter((r) => r.category === c.id).map((r) => [r.id, r.text, REQUIREMENT_TYPE_LABELS[r.type], r.weight === undefined ? '' : String(r.weight), '', references(r)]),
      }))
      .filter((c) => c.rows.length > 0),
  };
}

export async function documentDocx(model: DocumentModel): Promise<Buffer> {
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  const children = [
    new Paragraph({ text: model.appendix }),
    new Paragraph({ text: model.title, heading: HeadingLevel.TITLE }),
    ...model.titleLines.map((l) => new Paragraph({ text: l })),
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ text: 'Slik bruker du dokumentet', heading: HeadingLevel.HEADING_1 }),
    ...model.instructions.map((l) => new Paragraph({ text: l })),
    new Paragraph({ text: 'Krav', heading: HeadingLevel.HEADING_1 }),
    ...model.categories.flatMap((c) => [
      new Paragraph({ text: c.title, heading: HeadingLevel.HEADING_2 }),
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({ tableHeader: true, children: model.tableHeader.map((h) => cell(h, true)) }),
          ...c.rows.map((row) => new TableRow({ children: row.map((v) => cell(v)) })),
        ],
      }),
    ]),
  ];
  const doc = new Document({ creator: 'KommIT verktøykasse', title: model.title, sections: [{ children }] });
  return Packer.toBuffer(doc);
}
