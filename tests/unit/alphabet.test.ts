import { describe, expect, it } from 'vitest';
import { byLetter, firstLetter } from '../../src/lib/alphabet';

describe('A–Å list', () => {
  it('groups by first letter in Norwegian order, with Æ, Ø and Å last', () => {
    const groups = byLetter([{ title: 'Åpenhet' }, { title: 'arkiv' }, { title: 'Økonomi' }, { title: 'Byggesøknad' }, { title: 'Ærlig' }, { title: 'Altinn' }]);
    expect(groups.map((g) => g.letter)).toEqual(['A', 'B', 'Æ', 'Ø', 'Å']);
    expect(groups[0]!.items.map((i) => i.title)).toEqual(['Altinn', 'arkiv']);
    expect(groups.map((g) => g.anchor)).toEqual(['bokstav-a', 'bokstav-b', 'bokstav-ae', 'bokstav-oe', 'bokstav-aa']);
  });
  it('puts titles that start with a digit or sign under #', () => {
    expect(firstLetter('5G i kommunen')).toBe('#');
    expect(byLetter([{ title: '«Sitat»' }, { title: 'Bok' }]).map((g) => g.letter)).toEqual(['B', '#']);
  });
});
