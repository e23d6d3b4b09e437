import { describe, expect, it } from 'vitest';
import { excerptHtml, optionShown, renderResult, searchUrl, summaryText } from '../../src/scripts/search-page';

describe('search results', () => {
  const data = { url: '/standarder/noark-5/', excerpt: 'Noark 5 er <mark>arkiv</mark>standarden.', meta: { title: 'Noark 5', type: 'Standard eller felleskomponent', summary: 'Den norske arkivstandarden.' } };

  it('shows type, linked title, summary and excerpt', () => {
    expect(renderResult(data)).toBe(
      '<li class="search-result"><p class="search-result__type">Standard eller felleskomponent</p><p class="search-result__title"><a class="ds-link" href="/standarder/noark-5/">Noark 5</a></p>' +
        '<p class="search-result__summary">Den norske arkivstandarden.</p><p class="search-result__excerpt">Noark 5 er <mark>arkiv</mark>standarden.</p></li>',
    );
  });
  it('escapes title, type, summary and URL', () => {
    const html = renderResult({ ...data, url: '/a/"><b>', meta: { title: '<img src=x onerror=alert(1)>', type: 'A & B', summary: '<script>' } });
    expect(html).not.toMatch(/<(img|script|b)\b/);
    expect(html).toContain('href="/a/&quot;&gt;&lt;b&gt;"');
    expect(html).toContain('A &amp; B');
  });
  it('leaves out an excerpt cut from the search-term list', () => {
    const html = renderResult({ ...data, excerpt: 'sak, <mark>arkiv</mark>, noark', meta: { ...data.meta, terms: 'sak, arkiv, noark' } });
    expect(html).not.toContain('search-result__excerpt');
  });
});

describe('excerptHtml', () => {
  it('keeps <mark> and nothing else', () => {
    // A <mark> with attributes goes; its stray closing tag is harmless (the parser ignores it).
    expect(excerptHtml('a <mark>b</mark> <em>c</em> <mark class="x">d</mark>')).toBe('a <mark>b</mark> c d</mark>');
  });
  it('escapes a stray angle bracket, so no tag can be completed by the markup around it', () => {
    expect(excerptHtml('x < y and <img src=x onerror=alert(1)')).toBe('x &lt; y and &lt;img src=x onerror=alert(1)');
    expect(excerptHtml('a > b <mark>c</mark>')).toBe('a &gt; b <mark>c</mark>');
    expect(excerptHtml('Ærlig &amp; redelig')).toBe('Ærlig &amp; redelig');
  });
});

describe('summaryText', () => {
  it('says how many hits, and when filters narrow them', () => {
    expect(summaryText('arkiv', 12, false)).toBe('12 treff for «arkiv»');
    expect(summaryText('arkiv', 1, false)).toBe('1 treff for «arkiv»');
    expect(summaryText('qz', 0, false)).toBe('Ingen treff for «qz»');
    expect(summaryText('arkiv', 3, true)).toBe('3 treff for «arkiv» med filtrene du har valgt');
  });
});

describe('searchUrl', () => {
  it('sets or removes ?q= and keeps the rest', () => {
    expect(searchUrl('https://x.no/sok/', 'byggesøknad')).toBe('/sok/?q=bygges%C3%B8knad');
    expect(searchUrl('https://x.no/sok/?q=a&lang=nb#treff', 'b c')).toBe('/sok/?q=b+c&lang=nb#treff');
    expect(searchUrl('https://x.no/sok/?q=a', '')).toBe('/sok/');
  });
});

describe('filter options', () => {
  it('hides an option without hits unless it is checked', () => {
    expect(optionShown(3, false)).toBe(true);
    expect(optionShown(0, false)).toBe(false);
    expect(optionShown(0, true)).toBe(true);
  });
});
