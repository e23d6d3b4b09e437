/**
 * Norwegian compound words for search. Pagefind splits words only at punctuation and camelCase, so
 * «søknad» does not find «byggesøknaden». At build we split each compound in a page's text into
 * known parts and index the parts with the page (DESIGN.md §6).
 *
 * «Known» means the part occurs as a word of its own somewhere in the site's text, or in the kept
 * list below. A compound may join its parts with a linking «s» or «e» (saks|behandling, bygge|sak).
 */

/** Parts that are worth finding even where the site never uses them alone. */
export const KEPT_PARTS = ['søknad', 'spesifikasjon', 'behandling', 'arkiv', 'system', 'tjeneste', 'plan', 'sak', 'krav', 'prosess', 'reise', 'skjema', 'post', 'løsning', 'portal', 'register', 'mal'] as const;

/** Parts shorter than this are too often endings or short words («ene», «han»), unless kept. */
const MIN_PART = 4;
const SHORT_KEPT = new Set<string>(KEPT_PARTS.filter((p) => p.length < MIN_PART));
const MIN_WORD = 7;

const usable = (part: string, vocab: Set<string>) => vocab.has(part) && (part.length >= MIN_PART || SHORT_KEPT.has(part));

/** Lower-case words of a text (letters only, Norwegian letters included). */
export function words(text: string): string[] {
  return text.toLocaleLowerCase('nb').match(/\p{L}+/gu) ?? [];
}

/** A text, or its words from `words()` when the caller needs them more than once (the search index does, for every page). */
export type TextOrWords = string | readonly string[];
const wordsOf = (text: TextOrWords): readonly string[] => (typeof text === 'string' ? words(text) : text);

export function vocabulary(texts: Iterable<TextOrWords>, kept: readonly string[] = KEPT_PARTS): Set<string> {
  const vocab = new Set<string>(kept);
  for (const text of texts) for (const w of wordsOf(text)) if (w.length >= 3) vocab.add(w);
  return vocab;
}

/**
 * The parts of one word, longest known tail first, or [] when it is not a compound of known words.
 * Splits recursively, so «kravspesifikasjonsmal» gives krav, spesifikasjon and mal when those
 * are known.
 */
export function splitCompound(word: string, vocab: Set<string>, depth = 0): string[] {
  const w = word.toLocaleLowerCase('nb');
  if (w.length < MIN_WORD || depth > 3) return [];
  for (let i = 3; i <= w.length - 3; i++) {
    const head = w.slice(0, i);
    const tail = w.slice(i);
    const tailParts = usable(tail, vocab) ? [tail, ...splitCompound(tail, vocab, depth + 1)] : splitCompound(tail, vocab, depth + 1);
    if (tailParts.length === 0) continue;
    const knownHead = usable(head, vocab) ? head : /[se]$/.test(head) && usable(head.slice(0, -1), vocab) ? head.slice(0, -1) : undefined;
    if (!knownHead) continue;
    return unique([knownHead, ...tailParts, ...splitCompound(knownHead, vocab, depth + 1)]);
  }
  return [];
}

/** Each word is split once per vocabulary: the same words recur on page after page. */
const splits = new WeakMap<Set<string>, Map<string, string[]>>();

/** Parts of every compound in a text that are not already words of the text itself. */
export function compoundParts(text: TextOrWords, vocab: Set<string>): string[] {
  let known = splits.get(vocab);
  if (!known) splits.set(vocab, (known = new Map()));
  const own = new Set(wordsOf(text));
  const parts: string[] = [];
  for (const w of own) {
    let split = known.get(w);
    if (!split) known.set(w, (split = splitCompound(w, vocab)));
    for (const part of split) if (!own.has(part)) parts.push(part);
  }
  return unique(parts).sort((a, b) => a.localeCompare(b, 'nb'));
}

const unique = (list: string[]) => [...new Set(list)];
