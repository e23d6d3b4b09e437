import { describe, expect, it } from 'vitest';
import { linkedSheets, mergedText, withMergedSheets } from '../../src/lib/stylesheets';

const ours = (href: string) => href.startsWith('/_astro/');
const name = (hrefs: string[]) => `/_astro/page.${hrefs.length}.css`;

describe('one stylesheet per page', () => {
  it('replaces a run of the site\'s sheets by one link at the first one\'s place, in the head and the body', () => {
    const html = '<head><link rel="icon" href="/f.svg"><link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/b.css"></head><body><p>x</p><link rel="stylesheet" href="/_astro/c.css"></body>';
    const { html: out, runs } = withMergedSheets(html, ours, name);
    expect(runs).toEqual([['/_astro/a.css', '/_astro/b.css', '/_astro/c.css']]);
    expect(out).toBe('<head><link rel="icon" href="/f.svg"><link rel="stylesheet" href="/_astro/page.3.css"></head><body><p>x</p></body>');
  });

  it('never merges across another stylesheet, or a sheet for one medium', () => {
    const html = '<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/pagefind/ui.css"><link rel="stylesheet" href="/_astro/b.css"><link rel="stylesheet" href="/_astro/c.css"><link rel="stylesheet" href="/_astro/p.css" media="print"><link rel="stylesheet" href="/_astro/d.css">';
    const { html: out, runs } = withMergedSheets(html, ours, name);
    expect(runs).toEqual([['/_astro/b.css', '/_astro/c.css']]);
    expect(linkedSheets(out).map((s) => s.href)).toEqual(['/_astro/a.css', '/pagefind/ui.css', '/_astro/page.2.css', '/_astro/p.css', '/_astro/d.css']);
  });

  it('leaves a page with one sheet as it is', () => {
    const html = '<link rel="stylesheet" href="/_astro/a.css"><p>x</p>';
    expect(withMergedSheets(html, ours, name)).toEqual({ html, runs: [] });
  });

  it('drops repeated links when the sheets come last in the order they came first, and refuses a reordering repeat', () => {
    const repeated = '<link rel="stylesheet" href="/_astro/a.css"><p><link rel="stylesheet" href="/_astro/f.css"><link rel="stylesheet" href="/_astro/b.css">1</p><p><link rel=stylesheet href=/_astro/f.css><link rel="stylesheet" href="/_astro/b.css">2</p><link rel="stylesheet" href="/_astro/b.css">';
    expect(withMergedSheets(repeated, ours, name)).toEqual({ html: '<link rel="stylesheet" href="/_astro/page.3.css"><p>1</p><p>2</p>', runs: [['/_astro/a.css', '/_astro/f.css', '/_astro/b.css']] });
    expect(withMergedSheets('<link rel="stylesheet" href="/x.css"><link rel="stylesheet" href="/x.css">', ours, name).html).toBe('<link rel="stylesheet" href="/x.css">');
    expect(() => withMergedSheets('<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/b.css"><link rel="stylesheet" href="/_astro/a.css">', ours, name)).toThrow(/på nytt/);
  });

  it('puts the sheets one after the other, @charset first, and refuses @import', () => {
    expect(mergedText([{ href: 'a', css: '.a{color:red}\n' }, { href: 'b', css: '@charset "UTF-8";.b{content:"å"}' }])).toBe('@charset "UTF-8";.a{color:red}\n.b{content:"å"}\n');
    expect(() => mergedText([{ href: 'a', css: '.a{}' }, { href: 'b', css: '@import "x.css";' }])).toThrow(/@import/);
  });
});
