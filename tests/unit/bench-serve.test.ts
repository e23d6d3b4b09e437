import { describe, expect, it } from 'vitest';
import { acceptsGzip, servingPlan } from '../../scripts/bench/serve';

describe('acceptsGzip', () => {
  it('reads the Accept-Encoding header as a static host does', () => {
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true);
    expect(acceptsGzip('GZIP')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('x-gzip')).toBe(true);
  });
  it('does not compress when gzip is missing or refused', () => {
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip('')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip('br')).toBe(false);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('*, gzip;q=0')).toBe(false);
    expect(acceptsGzip('*;q=0')).toBe(false);
  });
});

describe('servingPlan', () => {
  const chrome = 'gzip, deflate, br, zstd';
  it('compresses text types and says that the response varies', () => {
    for (const file of ['index.html', 'a.css', 'b.js', 'api/x.json', 'd.svg', 'w.wasm', 'feed.xml', 'robots.txt', 'pagefind/pagefind-entry.json']) {
      expect(servingPlan(file, chrome), file).toMatchObject({ gzip: true, vary: true });
    }
    expect(servingPlan('index.html', chrome).contentType).toBe('text/html; charset=utf-8');
  });
  it('sends the same types uncompressed (still with Vary) to a client that does not accept gzip', () => {
    expect(servingPlan('a.css', 'identity')).toEqual({ contentType: 'text/css; charset=utf-8', gzip: false, vary: true });
  });
  it('passes on what Pagefind already gzipped, as bytes', () => {
    for (const file of ['pagefind/fragment/nb_1.pf_fragment', 'pagefind/index/nb_2.pf_index', 'pagefind/pagefind.nb_3.pf_meta', 'pagefind/filter/nb_4.pf_filter', 'pagefind/wasm.nb.pagefind']) {
      expect(servingPlan(file, chrome), file).toEqual({ contentType: 'application/octet-stream', gzip: false, vary: false });
    }
  });
  it('does not compress binary downloads', () => {
    expect(servingPlan('mal.xlsx', chrome)).toMatchObject({ gzip: false, vary: false });
    expect(servingPlan('bilde.png', chrome).gzip).toBe(false);
  });
});
