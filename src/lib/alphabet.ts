/** The A–Å list: items grouped by the first letter of their title, in Norwegian alphabetical order. */
export interface TitledItem { title: string }

export interface LetterGroup<T extends TitledItem> {
  letter: string;
  /** Anchor id for the letter (ascii, since Æ Ø Å are not safe in every id-consuming tool). */
  anchor: string;
  items: T[];
}

const ANCHORS: Record<string, string> = { Æ: 'ae', Ø: 'oe', Å: 'aa' };

export function firstLetter(title: string): string {
  const letter = title.trim().charAt(0).toLocaleUpperCase('nb');
  return /\p{L}/u.test(letter) ? letter : '#';
}

export function byLetter<T extends TitledItem>(items: T[]): LetterGroup<T>[] {
  const sorted = [...items].sort((a, b) => a.title.localeCompare(b.title, 'nb'));
  const groups = new Map<string, T[]>();
  for (const item of sorted) {
    const letter = firstLetter(item.title);
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b, 'nb')))
    .map(([letter, list]) => ({ letter, anchor: letter === '#' ? 'tegn' : `bokstav-${ANCHORS[letter] ?? letter.toLowerCase()}`, items: list }));
}
