/**
 * Browser island for /sok/: a small search UI on Pagefind's JavaScript API. It loads /pagefind/pagefind.js on first
 * use (the field gets focus, or ?q= is given), searches as she types, keeps ?q= in the address, filters by type,
 * sector and phase, and shows 30 results at a time with type, summary and excerpt.
 */
import { excerptIsFromTerms, TERMS_SEPARATOR } from '../lib/search-excerpt';

export interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; type?: string; summary?: string; terms?: string; parts?: string; titleparts?: string };
}

/** Hits per value, per filter: what Pagefind reports for a search (`filters`) and for the whole index (`filters()`). */
export type FilterCounts = Record<string, Record<string, number>>;
/** Checked values per filter. Pagefind matches every value given (AND), within a filter and between filters. */
export type SelectedFilters = Record<string, string[]>;

interface PagefindResult { id: string; data: () => Promise<ResultData> }
interface SearchResponse { results: PagefindResult[]; filters: FilterCounts }
interface Pagefind {
  options: (options: object) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (term: string, options?: { filters?: SelectedFilters }) => Promise<SearchResponse | null>;
}

/** Pagefind's own file: a variable, so that the bundler leaves the import to the browser. */
const PAGEFIND_URL = '/pagefind/pagefind.js';
export const PAGE_SIZE = 30;
const DEBOUNCE_MS = 200;

/**
 * Norwegian words are inflected and compounded: an inflected form («saksbehandlingen») should rank
 * like its base form («saksbehandling»), not far below it, so exact-form matches get no extra boost.
 */
const RANKING = { termSimilarity: 0 };

/** The filter names in the index (Base.astro, scripts/search-index.ts) and their legends, in the order of the page's lead. */
export const FILTER_GROUPS = [
  { name: 'type', legend: 'Type' },
  { name: 'sektor', legend: 'Sektor' },
  { name: 'fase', legend: 'Fase' },
] as const;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Pagefind's excerpt is escaped text that marks hits with <mark>: keep only that tag, and escape any stray angle bracket. */
export function excerptHtml(excerpt: string): string {
  return excerpt
    .replace(/<(?!\/?mark>)[^>]*>/g, '')
    .replace(/<(?!\/?mark>)/g, '&lt;')
    .replace(/(?<!<\/?mark)>/g, '&gt;');
}

/** One result: type, linked title, summary and Pagefind's excerpt (which only marks hits with <mark>). */
export function renderResult(data: ResultData): string {
  const type = data.meta.type ? `<p class="search-result__type">${escapeHtml(data.meta.type)}</p>` : '';
  const summary = data.meta.summary ? `<p class="search-result__summary">${escapeHtml(data.meta.summary)}</p>` : '';
  const fromTerms = [data.meta.terms, data.meta.parts, data.meta.titleparts].some((list) => excerptIsFromTerms(data.excerpt, (list ?? '').split(TERMS_SEPARATOR)));
  const excerpt = fromTerms ? '' : `<p class="search-result__excerpt">${excerptHtml(data.excerpt)}</p>`;
  return `<li class="search-result">${type}<p class="search-result__title"><a class="ds-link" href="${escapeHtml(data.url)}">${escapeHtml(data.meta.title ?? data.url)}</a></p>${summary}${excerpt}</li>`;
}

/** What the live region says when a search has finished. */
export function summaryText(term: string, count: number, filtered: boolean): string {
  return `${count === 0 ? 'Ingen treff' : `${count} treff`} for «${term}»${filtered ? ' med filtrene du har valgt' : ''}`;
}

/** The address of the search page for a query, other parameters kept. */
export function searchUrl(current: string, term: string): string {
  const url = new URL(current);
  if (term) url.searchParams.set('q', term);
  else url.searchParams.delete('q');
  return `${url.pathname}${url.search}${url.hash}`;
}

/** An option is shown when it has hits, or when it is checked (so it can always be unchecked). */
export const optionShown = (count: number, checked: boolean) => count > 0 || checked;

let pagefind: Promise<Pagefind> | null = null;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    // In the page, not in a worker: the first search then does not fetch Pagefind's worker script.
    await module.options({ noWorker: true, ranking: RANKING });
    await module.init();
    // Pagefind counts hits only for the filters whose files it has loaded: load them all before the first search.
    await module.filters();
    return module;
  })();
  return pagefind;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** One fieldset per filter group, a checkbox per value; the counts are filled in after each search. */
function buildFilters(container: HTMLElement, counts: FilterCounts): void {
  for (const group of FILTER_GROUPS) {
    const values = Object.keys(counts[group.name] ?? {}).sort((a, b) => a.localeCompare(b, 'nb'));
    if (values.length === 0) continue;
    const fieldset = el('fieldset', { class: 'ds-fieldset search-filter' }, el('legend', { class: 'ds-label' }, group.legend));
    values.forEach((value, i) => {
      const id = `filter-${group.name}-${i}`;
      const count = el('span', { class: 'search-filter__count' }, el('span', { 'data-filter-count': '' }), el('span', { class: 'ds-sr-only' }, ' treff'));
      const input = el('input', { class: 'ds-input', type: 'checkbox', id, name: group.name, value });
      fieldset.append(el('div', { class: 'ds-field search-filter__option' }, input, el('label', { class: 'ds-label', for: id }, value, ' ', count)));
    });
    container.append(fieldset);
  }
}

function updateFilters(container: HTMLElement, counts: FilterCounts): void {
  for (const fieldset of container.querySelectorAll<HTMLFieldSetElement>('fieldset')) {
    let shown = 0;
    for (const option of fieldset.querySelectorAll<HTMLElement>('.search-filter__option')) {
      const input = option.querySelector('input')!;
      const count = counts[input.name]?.[input.value] ?? 0;
      option.querySelector('[data-filter-count]')!.textContent = String(count);
      option.hidden = !optionShown(count, input.checked);
      if (!option.hidden) shown++;
    }
    fieldset.hidden = shown === 0;
  }
}

function selectedFilters(container: HTMLElement): SelectedFilters {
  const selected: SelectedFilters = {};
  for (const box of container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) (selected[box.name] ??= []).push(box.value);
  return selected;
}

/** On a narrow screen the filters start closed, so the first result is near the top. */
export function closeFiltersOnNarrowScreens(): void {
  const filters = document.querySelector<HTMLDetailsElement>('.search-filters');
  if (filters && window.matchMedia('(max-width: 49.99rem)').matches) filters.open = false;
}

export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) return;
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const form = $<HTMLFormElement>('[data-search-form]');
  const input = $<HTMLInputElement>('[data-search-input]');
  const summary = $('[data-search-summary]');
  const error = $('[data-search-error]');
  const aside = $('[data-search-aside]');
  const filters = $('[data-search-filters]');
  const list = $<HTMLUListElement>('[data-search-results]');
  const more = $<HTMLButtonElement>('[data-search-more]');
  const header = document.querySelector<HTMLInputElement>('#sok-topp');

  /** The search on screen: all its results, and how many are shown. */
  let current: { results: PagefindResult[]; shown: number } | null = null;
  let latest = 0;
  let timer: number | undefined;

  const fail = () => {
    latest++;
    summary.textContent = '';
    list.hidden = true;
    more.hidden = true;
    if (error.childElementCount > 0) return;
    error.append(
      el('div', { class: 'ds-alert', 'data-color': 'danger' },
        el('p', { class: 'ds-paragraph' }, 'Søket kunne ikke lastes. Last siden på nytt for å prøve igjen, eller finn det du leter etter i ', el('a', { class: 'ds-link', href: '/innhold/' }, 'alt innhold fra A til Å'), '.'),
      ),
    );
  };

  const run = async (raw: string) => {
    window.clearTimeout(timer);
    const term = raw.trim();
    const id = ++latest;
    history.replaceState(history.state, '', searchUrl(window.location.href, term));
    if (header && header !== document.activeElement) header.value = term;
    if (!term) {
      current = null;
      summary.textContent = '';
      list.replaceChildren();
      list.hidden = true;
      more.hidden = true;
      aside.hidden = true;
      return;
    }
    try {
      const pf = await loadPagefind();
      const chosen = selectedFilters(filters);
      const response = await pf.search(term, { filters: chosen });
      if (id !== latest || !response) return;
      const firstPage = response.results.slice(0, PAGE_SIZE);
      const data = await Promise.all(firstPage.map((r) => r.data()));
      if (id !== latest) return;
      if (!filters.hasChildNodes()) buildFilters(filters, response.filters);
      updateFilters(filters, response.filters);
      aside.hidden = false;
      list.innerHTML = data.map(renderResult).join('');
      list.hidden = data.length === 0;
      current = { results: response.results, shown: firstPage.length };
      more.hidden = current.shown >= response.results.length;
      summary.textContent = summaryText(term, response.results.length, Object.keys(chosen).length > 0);
    } catch {
      if (id === latest) fail();
    }
  };

  input.addEventListener('focus', () => { loadPagefind().catch(fail); }, { once: true });
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(input.value), DEBOUNCE_MS);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(input.value);
  });
  filters.addEventListener('change', () => void run(input.value));
  let loadingMore = false;
  more.addEventListener('click', async () => {
    const shown = current;
    if (!shown || loadingMore) return;
    loadingMore = true;
    const next = shown.results.slice(shown.shown, shown.shown + PAGE_SIZE);
    try {
      const data = await Promise.all(next.map((r) => r.data()));
      if (shown !== current) return;
      const before = list.children.length;
      list.insertAdjacentHTML('beforeend', data.map(renderResult).join(''));
      shown.shown += next.length;
      more.hidden = shown.shown >= shown.results.length;
      // Focus moves to the first new result, where she goes on reading (the button may be gone now).
      list.children[before]?.querySelector('a')?.focus();
    } catch {
      fail();
    } finally {
      loadingMore = false;
    }
  });

  root.hidden = false;
  closeFiltersOnNarrowScreens();
  const query = new URLSearchParams(window.location.search).get('q')?.trim();
  if (query) {
    input.value = query;
    void run(query);
  }
}
