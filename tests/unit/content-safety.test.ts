import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { isSvgAddress, unsafeUrlReason } from '../../src/lib/content-safety';
import { contentSafetyPlugin, fenceTitle, mermaidFigurePlugin } from '../../src/lib/satteri-plugins';
import { readCachedSvg, writeCachedSvg } from '../../src/node/mermaid';
import { contentSecurityPolicy } from '../../src/lib/csp';
import { firstInvalidUtf8 } from '../../src/lib/check/rules/invalid-utf8';

describe('URL schemes', () => {
  it.each([
    'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java&#115;cript:alert(1)',
    'java&#x73;cript&colon;alert(1)', '&#106;avascript:alert(1)', 'javascript%3Aalert(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>',
    'file:///etc/passwd', '\u0000javascript:alert(1)', 'jav\u200bascript:alert(1)',
  ])('refuses %j', (url) => {
    expect(unsafeUrlReason(url)).toBeDefined();
  });
  it.each(['https://www.digdir.no/', 'http://example.org/a?b=c', 'mailto:post@example.org', '/prinsipper/', '../annen/', '#krav', 'side/'])('accepts %j', (url) => {
    expect(unsafeUrlReason(url)).toBeUndefined();
  });
  it('knows SVG addresses', () => {
    expect(isSvgAddress('/bilder/kart.SVG?x=1')).toBe(true);
    expect(isSvgAddress('kart.png')).toBe(false);
  });
});

describe('the build plugin stops unsafe bodies with file and line', () => {
  // Compiled as the build compiles MDX: Sätteri with the site's mdast plugins.
  const compile = async (value: string) =>
    mdxToJs(value, { mdastPlugins: [contentSafetyPlugin, mermaidFigurePlugin], features: { gfm: true }, fileURL: new URL('file:///innhold/x.mdx') });
  it.each([
    ["import { execSync } from 'node:child_process'\n", 1],
    ['Tekst\n\n{process.env.HOME}\n', 3],
    ['<b onmouseover="alert(1)">x</b>\n', 1],
    ['[x](javascript:alert(1))\n', 1],
    ['<iframe src="https://example.org"></iframe>\n', 1],
  ] as const)('%j', async (body, line) => {
    await expect(compile(body)).rejects.toThrow(new RegExp(`^/innhold/x\\.mdx:${line}:\\d+ Innholdet er refusert`));
  });
  it('lets plain Markdown through, and turns a mermaid fence into a diagram element', async () => {
    await expect(compile('# Tittel\n\nTekst med **fet** og [lenke](https://www.digdir.no/) og <abbr title="Noe">N</abbr>.\n')).resolves.toBeDefined();
    const { code } = await compile('```mermaid title="Saksgang"\nflowchart LR\n  a --> b\n```\n');
    expect(code).toContain('MermaidDiagram');
    expect(code).toContain('Saksgang');
    expect(fenceTitle('title="Saksgang" x')).toBe('Saksgang');
  });
});

describe('diagram cache', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cache-'));
  it('reads back what it wrote', () => {
    writeCachedSvg(path.join(dir, 'a.svg'), '<svg><g/></svg>');
    expect(readCachedSvg(path.join(dir, 'a.svg'))).toBe('<svg><g/></svg>');
  });
  it('ignores a corrupt, unsigned or hostile file', () => {
    writeCachedSvg(path.join(dir, 'b.svg'), '<svg><g/></svg>');
    const file = path.join(dir, 'b.svg');
    const header = '<!-- sha256:' + '0'.repeat(64) + ' -->\n';
    writeFileSync(file, `${header}<svg><g/></svg>`);
    expect(readCachedSvg(file)).toBeUndefined();
    writeFileSync(file, '<svg onload="alert(1)"></svg>');
    expect(readCachedSvg(file)).toBeUndefined();
    const hostile = '<svg><script>alert(1)</script></svg>';
    writeFileSync(file, `<!-- sha256:${createHash('sha256').update(hostile).digest('hex')} -->\n${hostile}`);
    expect(readCachedSvg(file)).toBeUndefined();
  });
});

it('the CSP allows WebAssembly only on the search page, and never inline script', () => {
  expect(contentSecurityPolicy('/prinsipper/')).toContain("script-src 'self';");
  expect(contentSecurityPolicy('/sok/')).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(contentSecurityPolicy('/')).not.toMatch(/script-src[^;]*unsafe-inline/);
});

it('finds the first byte that is not UTF-8', () => {
  expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc3, 0xb8, 0x62, 0xf8, 0x63]))).toBe(4);
  expect(firstInvalidUtf8(new TextEncoder().encode('blåbær'))).toBe(8);
});
