/**
 * Content is data: a site whose every text field and every URL field carries a script payload is
 * built, and no page, feed or download contains anything a browser or office program would run.
 * The payloads are valid content (text is text), so the check passes and the build publishes them —
 * escaped.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseHtml } from 'parse5';
import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { parseDocument, isScalar, isSeq, visit, type Scalar } from 'yaml';

const MARK = 'XSS7';
/** Short enough for a 240-character summary; every classic way out of text, attribute and formula. */
const TEXT_PAYLOAD = ` <script>alert("${MARK}")</script><img src=x onerror=alert(1)>"'><a href="javascript:alert(1)">x</a>]]>&#0;=cmd|'/C calc'!A0`;
const URL_PAYLOAD = `https://example.org/${MARK}?q="><script>alert(1)</script>&x='onmouseover='alert(1)`;

/** Fields whose values are ids, enums, dates or versions: the payload would only make the content invalid. */
const KEEP = new Set([
  'id', 'lane', 'to', 'variant', 'kind', 'type', 'category', 'status', 'sectors', 'phases', 'version', 'updated', 'date',
  'removedIn', 'addedIn', 'lastVerified', 'obligation', 'roles', 'principles', 'standards', 'journeys', 'processes', 'specs',
  'guides', 'relatedPrinciples', 'relatedStandards', 'components', 'requirements', 'journeySteps', 'added', 'changed', 'removed',
  'equivalentTo', 'url', 'ownerUrl', 'year', 'number', 'order', 'weight', 'score', 'illustrative', 'systemType',
]);

function inject(yamlText: string, extra: (doc: ReturnType<typeof parseDocument>) => void): string {
  const doc = parseDocument(yamlText);
  visit(doc, {
    Pair(_, pair) {
      const key = String((pair.key as Scalar).value);
      if (KEEP.has(key)) return visit.SKIP;
      const value = pair.value;
      if (isScalar(value) && typeof value.value === 'string') value.value = `${value.value}${key === 'summary' ? TEXT_PAYLOAD.slice(0, 120) : TEXT_PAYLOAD}`;
      if (isSeq(value)) value.items.forEach((item) => {
        if (isScalar(item) && typeof item.value === 'string') item.value = `${item.value}${TEXT_PAYLOAD}`;
      });
      return undefined;
    },
  });
  extra(doc);
  return doc.toString({ lineWidth: 0 });
}

const work = mkdtempSync(path.join(tmpdir(), 'injection-'));
const root = path.join(work, 'content');
const dist = path.join(work, 'dist');
cpSync(path.resolve('tests/site-fixture'), root, { recursive: true });

for (const relative of readdirSync(root, { recursive: true }).map(String)) {
  const file = path.join(root, relative);
  if (!/\.(mdx|yaml)$/.test(file)) continue;
  const text = readFileSync(file, 'utf8');
  const isMdx = file.endsWith('.mdx');
  const [, frontmatter, body] = isMdx ? /^---\n([\s\S]*?\n)---\n([\s\S]*)$/.exec(text)! : [text, text, ''];
  const yaml = inject(frontmatter!, (doc) => {
    if (!isMdx) return;
    doc.setIn(['sources', 0, 'url'], URL_PAYLOAD);
    if (relative.startsWith('standards')) {
      doc.set('ownerUrl', URL_PAYLOAD);
      doc.set('links', [{ title: `Lenke${TEXT_PAYLOAD}`, url: URL_PAYLOAD }]);
      doc.set('status', 'utgatt');
      doc.set('supersededBy', { name: `Noe nytt${TEXT_PAYLOAD}`, url: URL_PAYLOAD });
    }
  });
  const bodyPayload = `\n\nTekst med &lt;script&gt;alert("${MARK}")&lt;/script&gt; og \\{x\\} og \`<img src=x onerror=alert(1)>\` og [en lenke](${URL_PAYLOAD.replace(/[<>()]/g, encodeURIComponent)}).\n`;
  writeFileSync(file, isMdx ? `---\n${yaml}---\n${body}${bodyPayload}` : yaml);
}

function build() {
  const r = spawnSync('npm', ['run', '--silent', 'build'], {
    env: { ...process.env, CONTENT_ROOT: root, DIST_DIR: dist, BUILD_CACHE_DIR: path.join(work, 'cache') },
    encoding: 'utf8',
  });
  return { status: r.status, log: `${r.stdout}\n${r.stderr}` };
}

interface HtmlNode { nodeName: string; tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: HtmlNode[]; content?: HtmlNode; value?: string }

/** Everything in an HTML page that a browser would execute. */
function executable(html: string): string[] {
  const found: string[] = [];
  const walk = (node: HtmlNode) => {
    const tag = node.tagName;
    if (tag) {
      const attrs = node.attrs ?? [];
      const attr = (name: string) => attrs.find((a) => a.name === name)?.value;
      if (tag === 'script') {
        const src = attr('src');
        const type = attr('type');
        if (!(src && /^\/(_astro|pagefind)\//.test(src)) && type !== 'application/json') found.push(`<script ${src ?? type ?? 'inline'}>`);
      }
      if (['iframe', 'object', 'embed', 'frame', 'base'].includes(tag)) found.push(`<${tag}>`);
      for (const a of attrs) {
        if (/^on/i.test(a.name)) found.push(`<${tag} ${a.name}>`);
        if (/^(href|src|action|formaction|xlink:href|data)$/i.test(a.name) && /^\s*(javascript|vbscript|data):/i.test(a.value.replace(/[\s\u0000-\u001f]/g, ''))) found.push(`<${tag} ${a.name}="${a.value.slice(0, 40)}">`);
        if (tag === 'meta' && attr('http-equiv')?.toLowerCase() === 'refresh') found.push('<meta refresh>');
      }
    }
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parseHtml(html) as unknown as HtmlNode);
  return found;
}

const files = () => readdirSync(dist, { recursive: true }).map(String).filter((f) => !f.startsWith('pagefind') && !f.startsWith('_astro'));

describe('a script in every text and URL field', () => {
  it('is published as text: no executable script in any page, feed or download', async () => {
    const result = build();
    expect(result.status, result.log).toBe(0);

    const pages = files().filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    let pagesWithPayload = 0;
    for (const page of pages) {
      const html = readFileSync(path.join(dist, page), 'utf8');
      expect(executable(html), page).toEqual([]);
      if (html.includes(MARK)) pagesWithPayload++;
    }
    // The payload did reach the pages (as text), so the test looked at real output.
    expect(pagesWithPayload).toBeGreaterThan(8);
    for (const item of ['prinsipper/testprinsipp', 'standarder/teststandard', 'brukerreiser/testreise', 'prosesser/testprosess', 'kravspesifikasjoner/testmal', 'veiledning/testveiledning', 'strategi/teststrategi']) {
      const html = readFileSync(path.join(dist, item, 'index.html'), 'utf8');
      expect(html, item).toContain(`&lt;script&gt;alert(&quot;${MARK}&quot;)&lt;/script&gt;`);
    }
    const standard = readFileSync(path.join(dist, 'standarder/teststandard/index.html'), 'utf8');
    expect(standard).toContain(`https://example.org/${MARK}`);

    const feeds = files().filter((f) => f.endsWith('.xml'));
    expect(feeds.length).toBeGreaterThan(0);
    for (const feed of feeds) {
      const xml = readFileSync(path.join(dist, feed), 'utf8');
      expect(XMLValidator.validate(xml), feed).toBe(true);
      // No tag or attribute of its own: the payload is escaped text.
      expect(xml, feed).not.toMatch(/<script|<[^>]*\son\w+=/i);
    }
    for (const file of files().filter((f) => f.endsWith('.bpmn'))) {
      expect(XMLValidator.validate(readFileSync(path.join(dist, file), 'utf8')), file).toBe(true);
    }
    for (const file of files().filter((f) => f.endsWith('.json'))) {
      expect(() => JSON.parse(readFileSync(path.join(dist, file), 'utf8')), file).not.toThrow();
    }

    const offices = files().filter((f) => /\.(docx|xlsx|odt|ods)$/.test(f));
    expect(offices.length).toBeGreaterThanOrEqual(4);
    for (const file of offices) {
      const zip = await JSZip.loadAsync(readFileSync(path.join(dist, file)));
      let sawPayload = false;
      for (const entry of Object.values(zip.files).filter((e) => e.name.endsWith('.xml') || e.name.endsWith('.rels'))) {
        const xml = await entry.async('string');
        expect(XMLValidator.validate(xml), `${file} ${entry.name}`).toBe(true);
        // Text stays text: never a tag of its own in the document XML.
        expect(xml, `${file} ${entry.name}`).not.toMatch(/<script|<img\s/i);
        if (xml.includes(MARK)) sawPayload = true;
      }
      expect(sawPayload, `${file} carries the requirement text`).toBe(true);
    }
  }, 300_000);
});
