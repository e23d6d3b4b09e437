/**
 * Browser island for a template page (progressive enhancement: without JavaScript the full table
 * is there and the downloads work). Adds filtering by category and type. The basket checkboxes
 * are a separate island (basket-picker.ts), shared with every page that lists requirements.
 */
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
}
