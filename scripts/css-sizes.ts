/**
 * CSS per page from dist/: for every HTML file, the stylesheets it links to, summed as raw and gzip bytes
 * (gzip as the bench measures it: zlib's default level), grouped by page type. Prints a Markdown table.
 * Usage: npx tsx scripts/css-sizes.ts [dist] [--json]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';
const asJson = args.includes('--json');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The page's type: its route with the dynamic parts replaced. */
function pageType(url: string): string {
  const parts = url.split('/').filter(Boolean);
  if (url === '/') return '/';
  if (url === '/404.html') return '404';
  if (parts[0] === 'status') return parts.length === 1 ? '/status/' : '/status/<filter>/';
  if (parts[0] === 'verktoy' && parts[1] === 'gevinstkalkulator') return '/verktoy/gevinstkalkulator/';
  return parts.length === 1 ? `/${parts[0]}/` : `/${parts[0]}/<id>/`;
}

const sizes = new Map<string, { raw: number; gzip: number }>();
function sheet(href: string) {
  let s = sizes.get(href);
  if (!s) {
    const body = readFileSync(join(dist, href.split('?')[0]!));
    s = { raw: body.length, gzip: gzipSync(body).length };
    sizes.set(href, s);
  }
  return s;
}

interface Row { url: string; type: string; sheets: string[]; cssRaw: number; cssGzip: number; htmlGzip: number }
const rows: Row[] = htmlFiles(dist).map((file) => {
  const html = readFileSync(file);
  const rel = '/' + relative(dist, file).replaceAll('\\', '/');
  const url = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
  const hrefs = [...html.toString('utf8').matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /\brel=["']?stylesheet/.test(tag))
    .map((tag) => /\bhref=["']?([^"' >]+)/.exec(tag)?.[1])
    .filter((h): h is string => !!h && h.startsWith('/'));
  const css = hrefs.map(sheet);
  return {
    url,
    type: pageType(url),
    sheets: hrefs,
    cssRaw: css.reduce((n, s) => n + s.raw, 0),
    cssGzip: css.reduce((n, s) => n + s.gzip, 0),
    htmlGzip: gzipSync(html).length,
  };
});

if (asJson) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const types = [...new Set(rows.map((r) => r.type))].sort();
  const range = (ns: number[]) => {
    const lo = Math.min(...ns), hi = Math.max(...ns);
    return lo === hi ? `${lo}` : `${lo}–${hi}`;
  };
  console.log('| Sidetype | Sider | CSS-filer | CSS gzip (byte) | HTML + CSS gzip (byte) |');
  console.log('|---|---|---|---|---|');
  for (const t of types) {
    const rs = rows.filter((r) => r.type === t);
    console.log(`| \`${t}\` | ${rs.length} | ${range(rs.map((r) => r.sheets.length))} | ${range(rs.map((r) => r.cssGzip))} | ${range(rs.map((r) => r.cssGzip + r.htmlGzip))} |`);
  }
  console.log(`\nStylesheets: ${[...sizes].map(([h, s]) => `${h.replace('/_astro/', '')} ${s.gzip}`).join(', ')}`);
}
