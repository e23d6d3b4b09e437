/**
 * One stylesheet per page. Astro bundles CSS per route and splits what routes share into chunks, so a
 * page links its layout's sheet plus a few small ones (0.2–2 KB each), and every extra file costs a
 * request and loses the compression it would share with the rest (custom property names above all).
 * After the build, scripts/merge-stylesheets.ts replaces each run of the site's own sheets (`/_astro/`)
 * on a page by one file holding them in the same order. A browser applies a page's sheets as one text
 * in document order, so the merged file cascades exactly like the sheets it replaces. Pure string work
 * here, so the unit tests can run it on small pages.
 */

export interface LinkedSheet {
  href: string;
  /** Where the whole `<link …>` tag starts and ends in the page. */
  start: number;
  end: number;
  /** False for a sheet for one medium, an alternate or a titled sheet: not always part of the cascade, never merged. */
  plain: boolean;
}

const LINK = /<link\b[^>]*>/gi;
const HREF = /(\shref\s*=\s*)(?:"[^"]*"|'[^']*'|[^\s"'>]+)/i;

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
}

/** The stylesheets a page links to, in document order (head and body). */
export function linkedSheets(html: string): LinkedSheet[] {
  const sheets: LinkedSheet[] = [];
  for (const m of html.matchAll(LINK)) {
    const tag = m[0];
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(tag, 'href');
    if (!href || !rel.includes('stylesheet')) continue;
    const plain = !rel.includes('alternate') && attribute(tag, 'media') === undefined && attribute(tag, 'title') === undefined;
    sheets.push({ href, start: m.index, end: m.index + tag.length, plain });
  }
  return sheets;
}

/**
 * Runs of the page's stylesheets that can become one file: neighbours in document order that `ours`
 * accepts, with no other stylesheet between them (merging across one would change the order). Only
 * runs of two or more sheets.
 */
export function mergeableRuns(sheets: LinkedSheet[], ours: (href: string) => boolean): LinkedSheet[][] {
  const runs: LinkedSheet[][] = [];
  let run: LinkedSheet[] = [];
  for (const sheet of sheets) {
    if (sheet.plain && ours(sheet.href)) {
      run.push(sheet);
      continue;
    }
    if (run.length > 1) runs.push(run);
    run = [];
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

/**
 * A component links the sheets it needs where it renders, so a page may link a sheet many times (a checkbox
 * per requirement, each with the basket's sheet after Designsystemet's). A browser cascades a repeated sheet
 * at its last link (a later copy of a rule wins over an earlier one) and orders layers by first appearance;
 * so when the sheets' last links come in the same order as their first ones, keeping only the first links
 * changes nothing, and the repeats are dropped. Otherwise (a, b, a) a repeat would reorder the cascade: refused.
 */
function withoutRepeats(sheets: LinkedSheet[]): { kept: LinkedSheet[]; repeats: LinkedSheet[] } {
  const key = (s: LinkedSheet) => `${s.plain ? '' : '\0'}${s.href}`;
  const kept: LinkedSheet[] = [];
  const repeats: LinkedSheet[] = [];
  const last = new Map<string, number>();
  sheets.forEach((s, i) => {
    if (last.has(key(s))) repeats.push(s);
    else kept.push(s);
    last.set(key(s), i);
  });
  const byLast = [...kept].sort((a, b) => last.get(key(a))! - last.get(key(b))!);
  const moved = kept.find((s, i) => byLast[i] !== s);
  if (moved) throw new Error(`stilarket ${moved.href} er lenket på nytt etter et annet stilark, så rekkefølgen ville endret seg`);
  return { kept, repeats };
}

/**
 * The page with each run replaced: the first link of a run points at the merged file (`hrefFor` the
 * run's hrefs), the others are removed, and so are repeated links.
 */
export function withMergedSheets(html: string, ours: (href: string) => boolean, hrefFor: (hrefs: string[]) => string): { html: string; runs: string[][] } {
  const { kept, repeats } = withoutRepeats(linkedSheets(html));
  const runs = mergeableRuns(kept, ours);
  const edits: { start: number; end: number; text: string }[] = repeats.map((s) => ({ start: s.start, end: s.end, text: '' }));
  for (const run of runs) {
    const first = run[0]!;
    edits.push({ start: first.start, end: first.end, text: html.slice(first.start, first.end).replace(HREF, `$1"${hrefFor(run.map((s) => s.href))}"`) });
    for (const s of run.slice(1)) edits.push({ start: s.start, end: s.end, text: '' });
  }
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += html.slice(at, e.start) + e.text;
    at = e.end;
  }
  return { html: out + html.slice(at), runs: runs.map((r) => r.map((s) => s.href)) };
}

const CHARSET = /^@charset\s+"[^"]*"\s*;/i;

/**
 * The text of a merged sheet: the sheets one after the other. `@charset` only counts at the very start
 * of a file, so it moves there (the build writes UTF-8 only); an `@import` must come before all rules and
 * cannot follow another sheet, so a sheet with one is refused rather than merged wrongly.
 */
export function mergedText(sheets: { href: string; css: string }[]): string {
  let charset = '';
  const texts = sheets.map(({ href, css }) => {
    const m = CHARSET.exec(css);
    if (m) {
      if (!/"utf-8"/i.test(m[0])) throw new Error(`${href} er ikke UTF-8 (${m[0]})`);
      charset = '@charset "UTF-8";';
      css = css.slice(m[0].length);
    }
    if (/@import\b/i.test(css)) throw new Error(`${href} har @import og kan ikke slås sammen med andre stilark`);
    return css.trim();
  });
  return charset + texts.join('\n') + '\n';
}
