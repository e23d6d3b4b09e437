/**
 * Browser island of the benefit calculator: validates what is typed, computes with the same
 * library function as the build (src/lib/benefit.ts) and shows the messages next to the fields.
 */
import { allFieldNames, computeBenefit, formatNumber, summarise, validateInputs, type BenefitSummary, type FieldName } from '../lib/benefit';

type Prefill = Record<string, { fields: Record<FieldName, string>; xlsx: string; ods: string; title: string }>;

export function enhanceCalculator(): void {
  const form = document.querySelector<HTMLFormElement>('[data-calculator-form]');
  if (!form) return;
  form.hidden = false;
  const prefill = JSON.parse(form.querySelector('[data-calculator-prefill]')!.textContent ?? '{}') as Prefill;
  const input = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
  const invalidNote = form.querySelector<HTMLElement>('[data-calculator-invalid]')!;

  const showError = (key: string, message: string | undefined) => {
    const el = form.querySelector<HTMLElement>(`[data-error-for="${key}"]`);
    if (!el) return;
    el.textContent = message ?? '';
    el.hidden = !message;
  };

  const update = () => {
    const raw = Object.fromEntries(allFieldNames().map((n) => [n, input(n).value])) as Record<FieldName, string>;
    const { inputs, errors } = validateInputs(raw);
    for (const name of allFieldNames()) {
      const el = input(name);
      const group = el.dataset.group as 'sharesToday' | 'sharesFuture' | undefined;
      const own = errors[name];
      const groupError = group ? errors[group] : undefined;
      showError(name, own);
      const described = [el.id + '-kilde', own ? `${el.id}-feil` : '', groupError ? `gk-${group}-feil` : '']
        .filter((id) => id && document.getElementById(id))
        .join(' ');
      if (described) el.setAttribute('aria-describedby', described);
      else el.removeAttribute('aria-describedby');
      if (own || groupError) el.setAttribute('aria-invalid', 'true');
      else el.removeAttribute('aria-invalid');
    }
    showError('sharesToday', errors.sharesToday);
    showError('sharesFuture', errors.sharesFuture);
    invalidNote.hidden = Boolean(inputs);
    form.querySelectorAll<HTMLElement>('[data-result]').forEach((dd) => {
      if (!inputs) {
        dd.textContent = '–';
        return;
      }
      const summary: BenefitSummary = summarise(computeBenefit(inputs));
      dd.textContent = `${formatNumber(summary[dd.dataset.result as keyof BenefitSummary], Number(dd.dataset.digits))} ${dd.dataset.unit}`;
    });
  };

  form.addEventListener('input', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.querySelector<HTMLSelectElement>('[data-calculator-service]')?.addEventListener('change', (event) => {
    const chosen = prefill[(event.target as HTMLSelectElement).value];
    if (!chosen) return;
    for (const name of allFieldNames()) input(name).value = chosen.fields[name];
    document.querySelector<HTMLAnchorElement>('[data-workbook="xlsx"]')?.setAttribute('href', chosen.xlsx);
    document.querySelector<HTMLAnchorElement>('[data-workbook="ods"]')?.setAttribute('href', chosen.ods);
    update();
  });
  update();
}
