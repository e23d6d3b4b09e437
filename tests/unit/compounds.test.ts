import { describe, expect, it } from 'vitest';
import { compoundParts, splitCompound, vocabulary } from '../../src/lib/compounds';

const vocab = vocabulary(['søknad om bygg, og en sak for behandling av en mal', 'en spesifikasjon av krav'], []);

describe('compound words', () => {
  it('splits a compound into known parts, with a linking s or e', () => {
    expect(splitCompound('byggesøknad', vocab)).toEqual(['bygg', 'søknad']);
    expect(splitCompound('saksbehandling', vocab)).toEqual(['sak', 'behandling']);
  });
  it('splits recursively', () => {
    expect(splitCompound('kravspesifikasjonsmal', vocab)).toEqual(['krav', 'spesifikasjon', 'mal']);
  });
  it('leaves words alone that are not made of known parts', () => {
    expect(splitCompound('kommunestyre', vocab)).toEqual([]);
    expect(splitCompound('bygg', vocab)).toEqual([]);
  });
  it('gives the parts a text lacks as words of its own (the fixture word «byggesøknaden»)', () => {
    const withInflection = vocabulary(['søknaden', 'bygg'], []);
    expect(compoundParts('Send byggesøknaden i dag', withInflection)).toEqual(['bygg', 'søknaden']);
    expect(compoundParts('Søknad om bygg: byggesøknad', vocab)).toEqual([]);
  });
  it('uses the kept list when the site never has the part alone', () => {
    expect(splitCompound('papirarkiv', vocabulary(['papir']))).toContain('arkiv');
  });
});

import { excerptIsFromTerms } from '../../src/lib/search-excerpt';

describe('excerpts from the search-term list', () => {
  const terms = ['byggesak', 'byggesøknad', 'søknad', 'bygg'];
  it('recognises an excerpt cut from the term list', () => {
    expect(excerptIsFromTerms('… geodata, vedtak, <mark>byggesak</mark>, byggesøknad, søknad …', terms)).toBe(true);
  });
  it('keeps an excerpt from the text a reader sees', () => {
    expect(excerptIsFromTerms('Innbyggeren sender <mark>byggesøknad</mark> digitalt, og saken går rett inn.', terms)).toBe(false);
  });
});
