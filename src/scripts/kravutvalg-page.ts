/**
 * Island of /kravutvalg/: draws the stored selection from /api/krav.json, reads a shared link,
 * and exports. The document and workbook writers are loaded only when she clicks an export button.
 */
import {
  BASKET_PATH,
  basketRequirementSet,
  countText,
  equivalentPairs,
  itemStatus,
  mergeSelections,
  parseSelectionLink,
  removeItem,
  requirementIndex,
  resolveLink,
  sameSelection,
  selectionLink,
  type Selection,
} from '../lib/basket';
import type { KravData } from '../lib/krav-data';
import type { DownloadFormat } from '../lib/spec';
import { onStoredSelectionChange, readSelection, writeSelection } from './basket-store';

const REQUIREMENT_TYPE = { minimum: 'Minimumskrav (skal)', evaluering: 'Evalueringskrav (bør)', info: 'Informasjonskrav' } as const;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

export async function enhanceBasketPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-basket]');
  if (!root) return;
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const count = $('[data-basket-count]');
  const message = $('[data-basket-message]');
  const groupsEl = $('[data-basket-groups]');
  const actions = $('[data-basket-actions]');
  const shareInput = $<HTMLInputElement>('[data-share-link]');

  let data: KravData;
  try {
    const response = await fetch('/api/krav.json');
    if (!response.ok) throw new Error(String(response.status));
    data = (await response.json()) as KravData;
  } catch {
    document.querySelector<HTMLElement>('[data-basket-nojs]')!.textContent = 'Kravene kunne ikke hentes. Last siden på nytt, eller last ned hele malene fra Kravspesifikasjoner.';
    return;
  }
  document.querySelector<HTMLElement>('[data-basket-nojs]')!.hidden = true;
  root.hidden = false;
  const byId = requirementIndex(data);

  const say = (text: string) => {
    message.textContent = text;
    message.hidden = !text;
  };

  const render = () => {
    const selection = readSelection();
    count.textContent = selection.length === 0 ? 'Ingen krav er valgt. Kryss av krav på sidene for kravspesifikasjonsmalene, standardene og prinsippene.' : countText(selection.length);
    actions.hidden = selection.length === 0;
    shareInput.value = new URL(selectionLink(selection), location.origin).toString();
    renderEquivalents(selection);
    renderGroups(selection);
  };

  const renderGroups = (selection: Selection) => {
    const set = basketRequirementSet(selection, data, { date: today() });
    const itemOf = new Map(selection.map((i) => [i.id, i]));
    groupsEl.replaceChildren();
    let template = '';
    for (const group of set.groups) {
      if (group.templateId !== template) {
        template = group.templateId;
        groupsEl.append(
          el('h2', { class: 'ds-heading', 'data-size': 'sm' }, el('a', { class: 'ds-link', href: data.specs[group.templateId]!.url }, group.templateTitle), `, versjon ${group.templateVersion}`),
        );
      }
      const list = el('ul', { class: 'basket-list' });
      for (const r of group.requirements) {
        const entry = byId.get(r.id)!;
        const item = itemOf.get(r.id)!;
        const status = itemStatus(item, data);
        const remove = el('button', { type: 'button', class: 'ds-button', 'data-variant': 'tertiary', 'data-remove': r.id }, 'Fjern', el('span', { class: 'ds-sr-only' }, ` ${r.id}`));
        const li = el(
          'li',
          { class: 'basket-item', 'data-basket-item': r.id },
          el('p', {}, el('a', { class: 'ds-link', href: entry.url }, el('strong', {}, r.id)), ` · ${REQUIREMENT_TYPE[r.type]}${r.weight ? `, vekt ${r.weight}` : ''}`),
          el('p', {}, r.text),
        );
        if (status.kind === 'changed') li.append(el('p', { class: 'basket-item__status', 'data-status': 'changed' }, `Endret siden versjon ${item.version} (i versjon ${status.versions.join(', ')}). Teksten over er den gjeldende.`));
        if (status.kind === 'retired') li.append(el('p', { class: 'basket-item__status', 'data-status': 'retired' }, `Fjernet fra malen i versjon ${status.removedIn}. Vurder å ta kravet ut av utvalget.`));
        if (item.version !== group.templateVersion && status.kind === 'current') li.append(el('p', {}, `Valgt fra versjon ${item.version}; uendret siden.`));
        li.append(el('p', {}, remove));
        list.append(li);
      }
      groupsEl.append(el('h3', { class: 'ds-heading', 'data-size': 'xs' }, group.categoryTitle), list);
    }
  };

  const renderEquivalents = (selection: Selection) => {
    const pairs = equivalentPairs(selection, data);
    const box = $('[data-equivalents]');
    box.hidden = pairs.length === 0;
    const list = $('[data-equivalent-list]');
    list.replaceChildren(
      ...pairs.map(([a, b]) => {
        const spec = (id: string) => data.specs[byId.get(id)!.spec]!.title;
        return el(
          'li',
          {},
          `${a} (${spec(a)}) og ${b} (${spec(b)}) sier det samme. `,
          el('button', { type: 'button', class: 'ds-button', 'data-variant': 'secondary', 'data-keep': a, 'data-drop': b }, `Behold ${a}`),
          ' ',
          el('button', { type: 'button', class: 'ds-button', 'data-variant': 'secondary', 'data-keep': b, 'data-drop': a }, `Behold ${b}`),
        );
      }),
    );
  };

  root.addEventListener('click', async (event) => {
    const target = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    if (!target) return;
    const d = target.dataset;
    if (d.remove) {
      writeSelection(removeItem(readSelection(), d.remove));
      say(`${d.remove} er fjernet fra utvalget.`);
      render();
      (root.querySelector<HTMLElement>('[data-remove]') ?? document.querySelector<HTMLElement>('#hovedinnhold'))?.focus();
    } else if (d.drop) {
      writeSelection(removeItem(readSelection(), d.drop));
      say(`${d.keep} er beholdt, ${d.drop} er fjernet fra utvalget.`);
      render();
    } else if (d.clear !== undefined) {
      writeSelection([]);
      say('Utvalget er tømt.');
      render();
    } else if (d.copyLink !== undefined) {
      try {
        await navigator.clipboard.writeText(shareInput.value);
        say('Lenken er kopiert.');
      } catch {
        shareInput.select();
        say('Marker lenken og kopier den selv (Ctrl+C).');
      }
    } else if (d.export) {
      await exportAs(d.export as DownloadFormat, target);
    }
  });

  const exportAs = async (format: DownloadFormat, button: HTMLButtonElement) => {
    button.disabled = true;
    say(`Lager filen (${format}) …`);
    try {
      const { basketFile } = await import('./basket-export');
      const selection = readSelection();
      const set = basketRequirementSet(selection, data, { date: today(), sourceUrl: new URL(selectionLink(selection), location.origin).toString() });
      const file = await basketFile(format, set);
      const link = el('a', { href: URL.createObjectURL(file), download: `kravutvalg-${set.date}.${format}` });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      say(`Filen kravutvalg-${set.date}.${format} er lastet ned.`);
    } catch {
      say(`Filen (${format}) kunne ikke lages. Prøv igjen, eller last ned hele malene.`);
    } finally {
      button.disabled = false;
    }
  };

  handleLink(data, render, say);
  onStoredSelectionChange(render);
  render();
}

/** A shared link: take it over when there is nothing to lose, otherwise ask. */
function handleLink(data: KravData, render: () => void, say: (text: string) => void) {
  const link = parseSelectionLink(location.search);
  if (!link) return;
  const { selection: fromLink, unknown } = resolveLink(link, data);
  const unknownBox = document.querySelector<HTMLElement>('[data-unknown]')!;
  unknownBox.hidden = unknown.length === 0;
  unknownBox.querySelector('[data-unknown-list]')!.replaceChildren(...unknown.map((id) => el('li', {}, id)));
  const done = (text: string) => {
    history.replaceState(history.state, '', BASKET_PATH);
    say(text);
    render();
  };
  const stored = readSelection();
  if (stored.length === 0 || sameSelection(stored, fromLink)) {
    writeSelection(fromLink);
    done(`Utvalget fra lenken er hentet: ${fromLink.length} krav.`);
    return;
  }
  const question = document.querySelector<HTMLElement>('[data-link-question]')!;
  question.querySelector('[data-link-question-text]')!.textContent =
    `Du har allerede et utvalg med ${stored.length} krav i denne nettleseren. Lenken har ${fromLink.length} krav. Vil du bruke utvalget fra lenken, legge kravene til i ditt, eller beholde ditt?`;
  question.hidden = false;
  question.addEventListener('click', (event) => {
    const choice = (event.target as HTMLElement).closest<HTMLElement>('[data-link-choice]')?.dataset.linkChoice;
    if (!choice) return;
    question.hidden = true;
    if (choice === 'replace') {
      writeSelection(fromLink);
      done(`Utvalget fra lenken er tatt i bruk: ${fromLink.length} krav.`);
    } else if (choice === 'merge') {
      const merged = mergeSelections(readSelection(), fromLink);
      writeSelection(merged);
      done(`Kravene fra lenken er lagt til: ${merged.length} krav i utvalget.`);
    } else {
      done('Du beholdt ditt utvalg.');
    }
    document.querySelector<HTMLElement>('#hovedinnhold')?.focus();
  });
  question.querySelector<HTMLElement>('[data-link-choice]')!.focus();
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
