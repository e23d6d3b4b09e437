/**
 * Browser island for a template page (progressive enhancement: without JavaScript the full table
 * is there and the downloads work). Adds filtering by category and type, and lets the buyer pick
 * her own selection of requirements and download it as a CSV matrix built from the template's JSON.
 */
import { MATRIX_HEADER, matrixRows, toCsv } from '../lib/export/rows';
import type { Requirement, Spec } from '../lib/schema';

export function enhanceSpecPage(): void {
  const form = document.querySelector<HTMLFormElement>('.krav-filter');
  if (!form) return;
  form.hidden = false;
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('tr[data-category]')];
  const status = form.querySelector<HTMLElement>('[data-filter-status]')!;

  const applyFilter = () => {
    const category = (form.elements.namedItem('kategori') as HTMLSelectElement).value;
    const type = (form.elements.namedItem('type') as HTMLSelectElement).value;
    let shown = 0;
    for (const row of rows) {
      const visible = (!category || row.dataset.category === category) && (!type || row.dataset.type === type);
      row.hidden = !visible;
      if (visible) shown++;
    }
    document.querySelectorAll<HTMLElement>('[data-category-section]').forEach((section) => {
      section.hidden = !section.querySelector('tr[data-category]:not([hidden])');
    });
    status.textContent = `Viser ${shown} krav.`;
  };
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('select')) applyFilter();
  });
  form.addEventListener('submit', (event) => event.preventDefault());

  // Own selection: a checkbox per requirement, shown only when this script runs.
  const selection = document.querySelector<HTMLElement>('.krav-utvalg');
  if (!selection) return;
  selection.hidden = false;
  document.querySelectorAll<HTMLElement>('[data-select-cell]').forEach((cell) => (cell.hidden = false));
  const boxes = [...document.querySelectorAll<HTMLInputElement>('input[data-select]')];
  const count = selection.querySelector<HTMLElement>('[data-selection-count]')!;
  const download = selection.querySelector<HTMLButtonElement>('[data-download-selection]')!;
  const update = () => {
    const n = boxes.filter((b) => b.checked).length;
    count.textContent = n === 0 ? 'Ingen krav er valgt.' : `${n} krav er valgt.`;
    download.disabled = n === 0;
  };
  boxes.forEach((b) => b.addEventListener('change', update));
  selection.querySelector('[data-select-visible]')!.addEventListener('click', () => {
    boxes.forEach((b) => {
      if (!b.closest('tr')!.hidden) b.checked = true;
    });
    update();
  });
  selection.querySelector('[data-select-none]')!.addEventListener('click', () => {
    boxes.forEach((b) => (b.checked = false));
    update();
  });
  download.addEventListener('click', async () => {
    const chosen = new Set(boxes.filter((b) => b.checked).map((b) => b.value));
    const response = await fetch(selection.dataset.json!);
    const spec = (await response.json()) as Spec & { requirements: Requirement[] };
    const csv = toCsv(MATRIX_HEADER, matrixRows(spec, spec.requirements.filter((r) => chosen.has(r.id))));
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    link.download = selection.dataset.filename!;
    document.body.append(link);
    link.click();
    link.remove();
  });
  update();
}
