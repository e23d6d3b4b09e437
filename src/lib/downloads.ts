/**
 * One generated download as plain data, and the function that makes it. The routes describe each
 * file as a job; the same job is made either on Astro's thread or in a worker thread
 * (src/node/download-pool.ts), so both give the same bytes.
 */
import type { DownloadFormat, TenderKind } from './spec';
import type { RequirementSet } from './export/requirement-set';
import { specFile } from './export/spec-files';
import { tenderFile, type TenderFormat } from './export/tender-documents';
import { renderTool } from './tools/files';
import type { ToolContext } from './tools/context';
import type { ToolFormat, ToolId } from './tools/registry';
import { processBpmn, type BpmnInput } from './bpmn';

export type DownloadJob =
  | { kind: 'spec'; format: DownloadFormat; set: RequirementSet }
  | { kind: 'tender'; tender: TenderKind; format: TenderFormat; set: RequirementSet }
  | { kind: 'tool'; tool: ToolId; format: ToolFormat; ctx: ToolContext }
  | { kind: 'bpmn'; input: BpmnInput };

export type DownloadBody = Uint8Array | string;

/** Async, so a writer that throws gives a rejected promise (the worker thread answers with it and goes on). */
export async function makeDownload(job: DownloadJob): Promise<DownloadBody> {
  switch (job.kind) {
    case 'spec':
      return specFile(job.format, job.set);
    case 'tender':
      return tenderFile(job.tender, job.format, job.set);
    case 'tool':
      return renderTool(job.tool, job.format, job.ctx);
    case 'bpmn':
      return processBpmn(job.input);
  }
}
