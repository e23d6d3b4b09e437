/**
 * Island for pages that list requirements (template pages, «Krav» under «Brukes i»): shows a
 * checkbox on each active requirement, keeps them equal to the stored basket, announces the count,
 * and warns before the basket would hold two equivalent requirements.
 */
import { addItem, countText, removeItem, selectedEquivalents, type SelectedItem } from '../lib/basket';
import { onStoredSelectionChange, readSelection, writeSelection } from './basket-store';

export function enhanceRequirementLists(): void {
  const bar = document.querySelector<HTMLElement>('[data-basket-bar]');
  const boxes = [...document.querySelectorAll<HTMLInputElement>('input[data-krav-id]')];
  if (!bar || boxes.length === 0) return;
  document.querySelectorAll<HTMLElement>('[data-krav-picker], [data-select-cell]').forEach((el) => (el.hidden = false));
  bar.hidden = false;
  const count = bar.querySelector<HTMLElement>('[data-basket-count]')!;
  const warning = bar.querySelector<HTMLElement>('[data-basket-warning]')!;
  const choices = bar.querySelector<HTMLElement>('[data-basket-choices]')!;
  const button = (name: string) => choices.querySelector<HTMLButtonElement>(`[data-choice="${name}"]`)!;
  let pending: { box: HTMLInputElement; item: SelectedItem; existing: string[] } | undefined;

  const render = () => {
    const selection = readSelection();
    for (const box of boxes) box.checked = selection.some((i) => i.id === box.value);
    count.textContent = `${countText(selection.length)}`;
  };
  const itemOf = (box: HTMLInputElement): SelectedItem => ({ id: box.value, spec: box.dataset.kravSpec!, version: box.dataset.kravVersion! });
  const clearWarning = () => {
    pending = undefined;
    warning.hidden = true;
    warning.textContent = '';
    choices.hidden = true;
  };

  for (const box of boxes) {
    box.addEventListener('change', () => {
      clearWarning();
      const selection = readSelection();
      if (!box.checked) {
        writeSelection(removeItem(selection, box.value));
        render();
        return;
      }
      const existing = selectedEquivalents(selection, (box.dataset.kravEquivalent ?? '').split(' ').filter(Boolean));
      if (existing.length === 0) {
        writeSelection(addItem(selection, itemOf(box)));
        render();
        return;
      }
      // Not added yet: the buyer decides which of the two that say the same she keeps.
      pending = { box, item: itemOf(box), existing };
      render();
      const list = existing.join(' og ');
      warning.textContent = `${box.value} sier det samme som ${list}, som allerede er i kravutvalget. ${box.value} er ikke lagt til. Velg hvilket krav du vil beholde.`;
      button('keep').textContent = `Behold ${list}`;
      button('swap').textContent = `Bytt til ${box.value}`;
      warning.hidden = false;
      choices.hidden = false;
      button('keep').focus();
    });
  }
  choices.addEventListener('click', (event) => {
    const choice = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-choice]')?.dataset.choice;
    if (!choice || !pending) return;
    const { box, item, existing } = pending;
    let selection = readSelection();
    if (choice === 'swap') selection = addItem(existing.reduce(removeItem, selection), item);
    if (choice === 'both') selection = addItem(selection, item);
    writeSelection(selection);
    clearWarning();
    render();
    box.focus();
  });

  onStoredSelectionChange(() => {
    clearWarning();
    render();
  });
  render();
}
