/** Search-result helpers that run in the browser (kept free of the content model, so the island stays small). */
/**
 * True when a Pagefind excerpt was cut from the search-term list (terms are indexed from an
 * attribute so that they help ranking, and Pagefind may build the excerpt from them). Such an
 * excerpt reads like a keyword list, so results show the summary only.
 */
export function excerptIsFromTerms(excerpt: string, terms: string[]): boolean {
  const text = excerpt.replace(/<[^>]*>/g, '').toLocaleLowerCase('nb');
  const list = terms.map((t) => t.trim().toLocaleLowerCase('nb')).filter(Boolean);
  for (let i = 0; i + 1 < list.length; i++) if (text.includes(`${list[i]}, ${list[i + 1]}`)) return true;
  return false;
}

export const TERMS_SEPARATOR = ', ';
