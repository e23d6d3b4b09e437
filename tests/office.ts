/**
 * Independent readers for office files, used by unit and end-to-end tests: jing validates every
 * ODF part against the OASIS ODF 1.3 RELAX NG schemas, LibreOffice headless converts files (one
 * soffice run for many files), JSZip and fast-xml-parser read parts back.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { XMLParser } from 'fast-xml-parser';

/** The OASIS ODF 1.3 RELAX NG schemas, kept in the repository so every clone can validate. */
const SCHEMAS = path.resolve('tests/odf-schema');
/**
 * The validators are required: a missing jing or LibreOffice makes the tests fail with a clear
 * error (.ci/run installs both), never pass silently. SKIP_OFFICE_VALIDATORS=1 skips them on a
 * machine where they cannot be installed, and says so in the test report.
 */
const required = (name: string, present: boolean) => {
  if (process.env.SKIP_OFFICE_VALIDATORS === '1') return false;
  if (!present) throw new Error(`${name} mangler: installer det (se .ci/run), eller sett SKIP_OFFICE_VALIDATORS=1`);
  return true;
};
export const hasJing = () => required('jing', spawnSync('jing', [], { stdio: 'ignore' }).error === undefined);
export const hasSoffice = () => required('LibreOffice (soffice)', existsSync('/usr/bin/soffice') || existsSync('/usr/bin/libreoffice'));

export const ODF_PARTS = ['content.xml', 'styles.xml', 'meta.xml', 'settings.xml'];

/**
 * Validates every XML part of each ODF file with jing (two jing runs in all: the main schema over
 * all content/styles/meta/settings parts, the manifest schema over all manifests). Returns jing's
 * messages; empty when everything is valid.
 */
export async function jingErrors(files: { name: string; bytes: Uint8Array }[]): Promise<string> {
  if (!SCHEMAS) throw new Error('ODF 1.3 schemas not found');
  const dir = mkdtempSync(path.join(tmpdir(), 'jing-'));
  const parts: string[] = [];
  const manifests: string[] = [];
  for (const [i, f] of files.entries()) {
    const zip = await JSZip.loadAsync(f.bytes);
    const base = path.join(dir, `${i}-${f.name.replace(/[^A-Za-z0-9.-]/g, '_')}`);
    mkdirSync(base, { recursive: true });
    for (const part of ODF_PARTS) {
      const entry = zip.file(part);
      if (!entry) continue;
      const out = path.join(base, part);
      writeFileSync(out, await entry.async('string'));
      parts.push(out);
    }
    const manifest = zip.file('META-INF/manifest.xml');
    if (!manifest) throw new Error(`${f.name}: no manifest`);
    const out = path.join(base, 'manifest.xml');
    writeFileSync(out, await manifest.async('string'));
    manifests.push(out);
  }
  const run = (schema: string, targets: string[]) => {
    if (targets.length === 0) return '';
    const r = spawnSync('jing', ['-i', path.join(SCHEMAS, schema), ...targets], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return r.status === 0 ? '' : `${r.stdout}${r.stderr}` || `jing exited ${r.status}`;
  };
  return run('OpenDocument-v1.3-schema.rng', parts) + run('OpenDocument-v1.3-manifest-schema.rng', manifests);
}

/**
 * Converts files with one LibreOffice run and returns the output directory. `filter` is the
 * --convert-to argument (e.g. `pdf`, `txt`, or a csv filter with options).
 */
export function sofficeConvert(paths: string[], filter: string, timeout = 540_000): string {
  const out = mkdtempSync(path.join(tmpdir(), 'lo-'));
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${out}/profile`, '--convert-to', filter, '--outdir', out, ...paths], {
    stdio: 'pipe',
    timeout,
  });
  return out;
}

/** CSV filter options: comma, double quote, UTF-8, first row 1, … , all sheets to separate files (-1). */
export const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/** Writes bytes into a fresh temp dir under the given names; returns the absolute paths. */
export function writeTemp(files: { name: string; bytes: Uint8Array }[]): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'office-'));
  return files.map((f) => {
    const p = path.join(dir, f.name);
    writeFileSync(p, f.bytes);
    return p;
  });
}

export const outputs = (dir: string, ext: string) => readdirSync(dir).filter((f) => f.endsWith(ext));

/** Parses CSV written by LibreOffice (comma, double quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

export const readCsv = (file: string) => parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: false, trimValues: false });
/** Reads one XML part of a zip with fast-xml-parser. */
export async function readPart(bytes: Uint8Array, part: string): Promise<{ xml: string; tree: Record<string, unknown> }> {
  const zip = await JSZip.loadAsync(bytes);
  const entry = zip.file(part);
  if (!entry) throw new Error(`no ${part}`);
  const xml = await entry.async('string');
  return { xml, tree: parser.parse(xml) as Record<string, unknown> };
}
