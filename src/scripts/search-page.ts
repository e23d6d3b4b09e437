/** Browser island for /sok/: loads Pagefind's Component UI, renders results with type and summary, reads ?q=. */
import { excerptIsFromTerms, TERMS_SEPARATOR } from '../lib/search-excerpt';

interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; type?: string; summary?: string; terms?: string; parts?: string; titleparts?: string };
}

interface PagefindComponents {
  getInstanceManager: () => {
    getInstance: (name?: string) => { triggerSearch: (term: string) => void; applyOptions: (options: object) => void };
  };
}

/**
 * Norwegian words are inflected and compounded: an inflected form («saksbehandlingen») should rank
 * like its base form («saksbehandling»), not far below it, so exact-form matches get no extra boost.
 */
const RANKING = { termSimilarity: 0 };

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One result: type, linked title, summary and Pagefind's excerpt (which only marks hits with <mark>). */
export function renderResult(data: ResultData): string {
  const type = data.meta.type ? `<p class="search-result__type">${escapeHtml(data.meta.type)}</p>` : '';
  const summary = data.meta.summary ? `<p class="search-result__summary">${escapeHtml(data.meta.summary)}</p>` : '';
  const fromTerms = [data.meta.terms, data.meta.parts, data.meta.titleparts].some((list) => excerptIsFromTerms(data.excerpt, (list ?? '').split(TERMS_SEPARATOR)));
  const excerpt = fromTerms ? '' : `<p class="search-result__excerpt">${data.excerpt.replace(/<(?!\/?mark>)[^>]*>/g, '')}</p>`;
  return `<li class="search-result">${type}<p class="search-result__title"><a class="ds-link" href="${escapeHtml(data.url)}">${escapeHtml(data.meta.title ?? data.url)}</a></p>${summary}${excerpt}</li>`;
}

export async function loadSearchUi(): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/pagefind/pagefind-component-ui.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('Kunne ikke laste søket'));
    document.head.append(script);
  });
  // The element sets its own template when it is defined, so ours must come after that.
  await customElements.whenDefined('pagefind-results');
  const components = (window as unknown as { PagefindComponents?: PagefindComponents }).PagefindComponents;
  components?.getInstanceManager().getInstance('default').applyOptions({ ranking: RANKING });
  const results = document.querySelector('pagefind-results') as (HTMLElement & { resultTemplate?: (d: ResultData) => string }) | null;
  if (results) results.resultTemplate = renderResult;
}

export function showQueryFromUrl(): void {
  const query = new URLSearchParams(window.location.search).get('q')?.trim();
  if (!query) return;
  const components = (window as unknown as { PagefindComponents?: PagefindComponents }).PagefindComponents;
  const waitForInput = () => {
    const input = document.querySelector<HTMLInputElement>('pagefind-input input');
    if (!input || !components) return window.setTimeout(waitForInput, 30);
    input.value = query;
    const header = document.querySelector<HTMLInputElement>('#sok-topp');
    if (header) header.value = query;
    components.getInstanceManager().getInstance('default').triggerSearch(query);
  };
  waitForInput();
}

/** On a narrow screen the filters start closed, so the first result is near the top. */
export function closeFiltersOnNarrowScreens(): void {
  const filters = document.querySelector<HTMLDetailsElement>('.search-filters');
  if (filters && window.matchMedia('(max-width: 49.99rem)').matches) filters.open = false;
}
