/** Renders one tool download: the tool's model builder, then the writer for the format. */
import { renderDocx, renderOds, renderOdt, renderXlsx } from '../export/writers';
import type { DocumentModel, WorkbookModel } from '../export/model';
import type { ToolContext } from './context';
import { beslutningsgrunnlag } from './beslutningsgrunnlag';
import { gevinstanalyse } from './gevinstanalyse';
import { gevinstrealiseringsplan } from './gevinstplan';
import { prosjektplan } from './prosjektplan';
import type { ToolFormat, ToolId } from './registry';

export function toolModel(tool: ToolId, ctx: ToolContext): DocumentModel | WorkbookModel {
  switch (tool) {
    case 'gevinstanalyse':
      return gevinstanalyse(ctx);
    case 'gevinstrealiseringsplan':
      return gevinstrealiseringsplan(ctx);
    case 'prosjektplan':
      return prosjektplan(ctx);
    case 'beslutningsgrunnlag':
      return beslutningsgrunnlag(ctx);
  }
}

export function renderTool(tool: ToolId, format: ToolFormat, ctx: ToolContext): Promise<Uint8Array> {
  const model = toolModel(tool, ctx);
  if ('sheets' in model) {
    if (format === 'xlsx') return renderXlsx(model);
    if (format === 'ods') return renderOds(model);
  } else {
    if (format === 'docx') return renderDocx(model);
    if (format === 'odt') return renderOdt(model);
  }
  throw new Error(`${tool} has no ${format} format`);
}
