/** bench/report.md from the report data: plain Markdown tables, every median with its spread and run count. */
import { ISLANDS } from './pages';
import { PHASE_KEYS, PHASE_LABELS, type PhaseStats } from './phases';
import { formatStat, type Stat } from './stats';
import type { BuildTimes, Report } from './types';

/** A Markdown table; `|` and line breaks inside cells are escaped. */
export function table(headers: string[], rows: string[][]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  return [headers, headers.map(() => '---'), ...rows].map((row) => `| ${row.map(cell).join(' | ')} |`).join('\n');
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' / ');
const sec = (st: Stat | null | undefined) => formatStat(st, ' s');
const ratio = (n: number | null) => (n === null ? '–' : `${n.toFixed(2)}×`);
const runs = (st: Stat | null | undefined) => (st ? String(st.runs.length) : '0');
const met = (m: boolean | null) => (m === null ? 'ikke målt' : m ? 'ja' : '**NEI**');
const MISSING_CAUSE = '*Årsak ikke beskrevet ennå: skriv den i scripts/bench/causes.ts.*';

function phaseTable(r: Report, which: 'clean' | 'warm'): string {
  return table(
    ['Skala', ...PHASE_KEYS.map((k) => PHASE_LABELS[k]), 'Prosess (veggklokke)'],
    r.scales.map((x) => {
      const phases: PhaseStats | null = which === 'clean' ? x.ours.phasesClean : x.ours.phasesWarm;
      return [`${x.scale}×`, ...PHASE_KEYS.map((k) => sec(phases?.[k])), sec(x.ours[which])];
    }),
  );
}

export function toMarkdown(r: Report): string {
  const scales = r.scales;
  const peer = (b: BuildTimes | null, which: 'clean' | 'warm') => sec(b?.[which]);
  const lines: string[] = [
    `# Ytelsesmåling ${r.date.slice(0, 10)}`,
    '',
    `${r.machine.cpus} kjerner, Node ${r.machine.node}, last (1/5/15 min) ved start ${load(r.machine.load)}${r.machine.loadAtEnd ? `, ved slutt ${load(r.machine.loadAtEnd)}` : ''}. ` +
      'Tider er hele prosesser i sekunder: median (min–maks) over kjøringene i kolonnen «Kjøringer»; én kjøring vises uten spenn. ' +
      '«Ren» er uten forrige `dist/` og uten buffere: for vår bygging hele byggebufferen (`BUILD_CACHE_DIR`: diagrammer, Astros datalager og inkrementelle sider, søkeindeks, kontroll), for naken Astro og Starlight `node_modules/.astro` og `.astro/`. «Varm» er en ny bygging av det samme innholdet med alt beholdt fra forrige bygging. ' +
      'Vår bygging kjøres som `npm run build`; naken Astro (`astro build` + Pagefind-CLI) og Starlight (`astro build`, som kjører Pagefind selv) kjøres direkte med node, uten npm. Kjøringene byttes på (vår, naken, Starlight) så forstyrrelser fra maskinen fordeles likt.',
    '',
    '## Byggetid',
    '',
    table(
      ['Skala', 'Elementer', 'Sider', 'Vår ren', 'Vår varm', 'Naken Astro ren', 'Naken Astro varm', 'Starlight ren', 'Starlight varm', 'Kjøringer ren/varm (vår, naken, Starlight)'],
      scales.map((x) => [
        `${x.scale}×`, String(x.items), String(x.pages),
        sec(x.ours.clean), sec(x.ours.warm), peer(x.baseline, 'clean'), peer(x.baseline, 'warm'), peer(x.starlight, 'clean'), peer(x.starlight, 'warm'),
        [x.ours, x.baseline, x.starlight].map((b) => `${runs(b?.clean)}/${runs(b?.warm)}`).join(', '),
      ]),
    ),
    '',
    '### Forholdstall (median mot median)',
    '',
    table(
      ['Skala', 'Vår/naken Astro, ren', 'Vår/naken Astro, varm', 'Vår/Starlight, ren', 'Vår/Starlight, varm'],
      scales.map((x) => [`${x.scale}×`, ratio(x.ratios.baselineClean), ratio(x.ratios.baselineWarm), ratio(x.ratios.starlightClean), ratio(x.ratios.starlightWarm)]),
    ),
    ...scales.filter((x) => x.starlight && (x.starlight.clean?.runs.length ?? 0) < (x.ours.clean?.runs.length ?? 0)).flatMap((x) => ['', `Starlight er bygd færre ganger enn de andre ved ${x.scale}× (den tar lengst; se «Kjøringer»).`]),
    ...scales.filter((x) => x.starlightError).flatMap((x) => ['', `Starlight feilet ved ${x.scale}×: ${x.starlightError}`]),
    ...(scales.length > 1
      ? ['', `Vekst fra ${scales[0]!.scale}× til ${scales.at(-1)!.scale}×: ${(scales.at(-1)!.items / scales[0]!.items).toFixed(1)}× innhold, ${((scales.at(-1)!.ours.clean?.median ?? NaN) / (scales[0]!.ours.clean?.median ?? NaN)).toFixed(2)}× byggetid (ren).`]
      : []),
    '',
    '## Faser i vår bygging (fra linjen `[faser]` som `npm run build` skriver; «–» der bygget ikke oppga fasen)',
    '',
    'Ren bygging:',
    '',
    phaseTable(r, 'clean'),
    '',
    'Varm ombygging:',
    '',
    phaseTable(r, 'warm'),
    '',
    '«Nedlastinger» og «feed og API» er deler av «sider». Innholdskontrollen går samtidig med Astro (innholdssynk, MDX og sider), så «Totalt» er mindre enn summen av fasene; Pagefind kommer etter Astro. «Prosess» er hele `npm run build` målt utenfra.',
    '',
    '## Andre byggetall',
    '',
    table(
      ['Skala', 'Krav', 'Topp minne (vår / naken / Starlight)', 'Diagrammer tegnet / tid (ren)', 'Nettleser ved varm ombygging', 'dist/ (vår / naken / Starlight)', 'Pagefind-indeks (vår)'],
      scales.map((x) => [
        `${x.scale}×`,
        String(x.requirements),
        `${x.ours.peakMb ?? '–'} / ${x.baseline.peakMb ?? '–'} / ${x.starlight?.peakMb ?? '–'} MB`,
        x.ours.diagrams ? `${x.ours.diagrams.rendered} / ${(x.ours.diagrams.renderMs / 1000).toFixed(1)} s` : '–',
        x.ours.warmBrowserLaunched === null ? 'ukjent' : x.ours.warmBrowserLaunched ? 'ja' : 'nei',
        `${kb(x.ours.distBytes)} / ${kb(x.baseline.distBytes)} / ${x.starlight ? kb(x.starlight.distBytes) : '–'}`,
        kb(x.ours.pagefindBytes),
      ]),
    ),
    '',
  ];

  if (r.pages) {
    lines.push(
      `## Hva en side koster leseren (Chromium, skala ${scales[0]?.scale}×, tom buffer)`,
      '',
      'Servert som en statisk vert gjør: gzip for html, css, js, json, svg, wasm, xml og txt; Pagefinds egne filer (`.pf_*`, `.pagefind`), som Pagefind allerede har gzippet, som de er. «Overført» er bytene serveren skrev for svarkroppene.' +
        (r.pagefindPrecompressed ? ` Av ${r.pagefindPrecompressed.files} slike Pagefind-filer er ${r.pagefindPrecompressed.notGzip.length === 0 ? 'alle gzip (starter med 1f 8b)' : `disse ikke gzip: ${r.pagefindPrecompressed.notGzip.join(', ')}`}.` : ''),
      '',
      table(
        ['Side', 'HTML rå / overført', 'CSS rå / overført', 'JavaScript rå / overført', 'Øyer lastet', 'Deklarerte øyer', 'Forespørsler'],
        r.pages.map((p) => [p.page, `${kb(p.html.raw)} / ${kb(p.html.wire)}`, `${kb(p.css.raw)} / ${kb(p.css.wire)}`, `${p.js.raw} byte / ${kb(p.js.wire)}`, p.loadedScripts.join(', ') || '–', p.content ? p.declared.join(', ') || 'ingen (0 byte)' : 'ikke innholdsside (se «Første søk»)', String(p.requests)]),
      ),
      '',
      `Deklarerte øyer og største tillatte størrelse (gzip, med importerte moduler): ${Object.entries(ISLANDS).map(([name, i]) => `${name} (${i.script}) ≤ ${kb(i.maxGzip)}: ${i.about}`).join('; ')}.`,
      '',
    );
  }

  if (r.search.length > 0) {
    lines.push(
      '## Første søk, servert som av en statisk vert',
      '',
      'Søkesiden åpnes i en ny nettleserkontekst (tom buffer); så skrives søket i søkefeltet tast for tast. «Siden» er alt som lastes til nettverket er stille etter åpning; «søket» er alt som lastes fra første tastetrykk til nettverket er stille etter første treff. Tiden er fra siste tastetrykk (input-hendelsen) til første treff står i trefflista (`[data-search-results]`), målt med `performance.now()` i siden; søkefeltet venter 200 ms (debounce) før det søker, og det er med i tiden.',
      '',
      table(
        ['Skala', 'Søk', 'Sidelastinger', 'Siden: forespørsler / overført', 'Søket: forespørsler / overført', 'Til sammen overført', 'Første treff etter siste tastetrykk', 'Treff vist'],
        r.search.map((x) => [`${x.scale}×`, `«${x.query}»`, String(x.loads), `${x.page.requests} / ${formatStat(kbStat(x.page.wire), ' KB')}`, `${x.firstUse.requests} / ${formatStat(kbStat(x.firstUse.wire), ' KB')}`, formatStat(kbStat(x.total.wire), ' KB'), formatStat(x.firstResultMs, ' ms', 0), String(x.results)]),
      ),
      '',
      `Det søket laster ved ${r.search[0]!.scale}×: ${r.search[0]!.firstUse.files.map((f) => `${f.path} (${kb(f.wire)})`).join(', ')}.`,
      '',
    );
  }

  lines.push(
    '## Budsjetter (DESIGN.md §7)',
    '',
    table(
      ['Budsjett', 'Målt', 'Oppfylt', 'Årsak (når ikke oppfylt)'],
      r.budgets.map((b) => [b.budget, b.value, met(b.met), b.met === false ? (b.cause ?? MISSING_CAUSE) : '']),
    ),
    '',
    '## Tid per trinn',
    '',
    table(['Trinn', 'Sekunder'], [...r.stages.map((st) => [st.stage, st.seconds.toFixed(1)]), ['**Hele målingen**', `**${r.benchSeconds.toFixed(1)}**`]]),
    '',
  );
  return lines.join('\n');
}

const kbStat = (st: Stat): Stat => ({ median: st.median / 1024, min: st.min / 1024, max: st.max / 1024, runs: st.runs.map((v) => v / 1024) });
