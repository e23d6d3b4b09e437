/** The tools of the toolkit, their downloads per service, and where each file is published. */
import type { Phase } from '../schema';

export type ToolId = 'gevinstanalyse' | 'gevinstrealiseringsplan' | 'prosjektplan' | 'beslutningsgrunnlag';
export type ToolFormat = 'xlsx' | 'ods' | 'docx' | 'odt';

export interface ToolInfo {
  id: ToolId;
  title: string;
  /** The main step the tool belongs to. */
  phase: Phase;
  description: string;
  formats: [ToolFormat, ToolFormat];
}

export const TOOLS: ToolInfo[] = [
  {
    id: 'gevinstanalyse',
    title: 'Gevinstanalyse',
    phase: 'kartlegge',
    description: 'Regneark med inndata, beregning med formler dere kan endre, kvalitative gevinster og et sammendrag.',
    formats: ['xlsx', 'ods'],
  },
  {
    id: 'beslutningsgrunnlag',
    title: 'Beslutningsgrunnlag',
    phase: 'kartlegge',
    description: 'Utkast til saksframlegg på 1–2 sider for formannskap eller kommunestyre, med felt dere fyller ut.',
    formats: ['docx', 'odt'],
  },
  {
    id: 'prosjektplan',
    title: 'Prosjektplan med opplæringsplan',
    phase: 'gjennomfore',
    description: 'Forslag til prosjektplan: faser, leveranser, milepæler, roller, risikoer og hvem som må læres opp i hva.',
    formats: ['docx', 'odt'],
  },
  {
    id: 'gevinstrealiseringsplan',
    title: 'Gevinstrealiseringsplan',
    phase: 'realisere',
    description: 'Regneark med én rad per gevinst: indikator, utgangspunkt, mål, når, gevinsteier, målemetode og tiltak.',
    formats: ['xlsx', 'ods'],
  },
];

export const FORMAT_LABELS: Record<ToolFormat, string> = {
  xlsx: 'Excel (.xlsx)',
  ods: 'OpenDocument regneark (.ods)',
  docx: 'Word (.docx)',
  odt: 'OpenDocument tekst (.odt)',
};

export const TOOL_CONTENT_TYPES: Record<ToolFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

/** `<service>-<tool>-<date>.<ext>`: the date is the version (the newest change to what the file is built from). */
export function toolFileName(service: string, tool: ToolId, date: string, format: ToolFormat): string {
  return `${service}-${tool}-${date}.${format}`;
}

export function toolFileUrl(service: string, tool: ToolId, date: string, format: ToolFormat): string {
  return `/verktoy/${service}/${toolFileName(service, tool, date, format)}`;
}

export const CALCULATOR_URL = '/verktoy/gevinstkalkulator/';
export const TOOLS_URL = '/verktoy/';
