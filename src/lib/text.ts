/** Small text helpers shared by the check, the scaffold and the pages. */

/** Folds Norwegian letters and punctuation into a URL-safe slug: "Søknad om barnehageplass" → "soknad-om-barnehageplass". */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function levenshtein(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** The known value closest to `wanted`, if it is close enough to be a likely typo. */
export function closestMatch(wanted: string, knownValues: Iterable<string>): string | undefined {
  const known = [...knownValues]; // an iterator can be read only once, and we read it twice
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = levenshtein(wanted, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const tolerance = Math.max(2, Math.floor(wanted.length / 3));
  if (best && bestDistance <= tolerance) return best;
  // A missing or extra prefix/suffix ("barnehageplass" for "soknad-om-barnehageplass").
  for (const candidate of known) {
    const [shorter, longer] = candidate.length < wanted.length ? [candidate, wanted] : [wanted, candidate];
    if (shorter.replace(/\W/g, '').length >= 5 && longer.includes(shorter)) return candidate;
  }
  return undefined;
}

/** Norwegian date for people: 2024-03-05 → "5. mars 2024". */
export function formatDate(iso: string): string {
  const months = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${d}. ${months[m! - 1]} ${y}`;
}
