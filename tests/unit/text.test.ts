import { describe, expect, it } from 'vitest';
import { closestMatch, formatDate, slugify } from '../../src/lib/text';

describe('slugify', () => {
  it('folds Norwegian letters', () => {
    expect(slugify('Søknad om barnehageplass')).toBe('soknad-om-barnehageplass');
    expect(slugify('Tjenestetrappa – Ærlig Åpen')).toBe('tjenestetrappa-aerlig-apen');
  });
  it('returns nothing for a title without letters or digits', () => {
    expect(slugify(' – !? ')).toBe('');
  });
});

describe('closestMatch', () => {
  it('suggests a near-miss id', () => {
    expect(closestMatch('barnehageplas', ['barnehageplass', 'skoleskyss'])).toBe('barnehageplass');
    expect(closestMatch('barnehageplass', ['soknad-om-barnehageplass', 'skoleskyss'])).toBe('soknad-om-barnehageplass');
  });
  it('also works when the known ids come from an iterator', () => {
    expect(closestMatch('felles-prosesstilnaerming', new Map([['felles-prosesstilnaerming-digitale-tjenester', 1]]).keys())).toBe('felles-prosesstilnaerming-digitale-tjenester');
  });
  it('suggests nothing when nothing is close', () => {
    expect(closestMatch('matrikkel', ['id-porten', 'svarut'])).toBeUndefined();
    expect(closestMatch('/finnes-ikke/', ['/', '/prinsipper/'])).toBeUndefined();
  });
});

it('formats dates in Norwegian', () => {
  expect(formatDate('2026-11-22')).toBe('22. november 2026');
});
