/** The four format writers. Each renders a neutral model (../model.ts) to the bytes of one file. */
export { renderDocx } from './docx';
export { renderOdt } from './odt';
export { renderXlsx } from './xlsx';
export { renderOds } from './ods';
export { toOpenFormula } from './formula';
