/**
 * Why a budget is not met, written by hand after reading a report: one sentence or two per budget
 * id (see the ids in scripts/bench/budgets.ts), with the figures it rests on and the date of the
 * report they come from. The report prints it next to every failed budget, and says so when it is
 * missing. Check an entry against each new report; remove it when its budget is met again.
 */
export const CAUSES: Record<string, string | undefined> = {
  'clean-vs-baseline':
    'Måling 2026-12-01, 10×: fasene er kontroll 24,5 s (regler og Mermaid-diagrammer i Chromium), MDX-kompilering/Vite 22,6 s, sider 25,1 s (herav nedlastinger 8,3 s) og Pagefind 12,3 s (sider + 2653 krav som egne poster); naken Astro gjør bare MDX + sider + Pagefind. Maskinen var tungt lastet av andre bygg (last 5–9).',
  'warm-vs-baseline':
    'Måling 2026-12-01, 10×: kontroll, sider og søkeindeks er nesten borte fra den varme byggingen (0,1 / 4,1 / 4,3 s), men MDX-kompilering/Vite tar 32 s, mer enn i ren bygging (22,6 s). Maskinen var tungt lastet (last 5–9).',
  'clean-vs-starlight':
    'Samme faser som for naken Astro (se over). Starlight ble bare bygd én gang ved 10×, på en tungt lastet maskin.',
  'warm-vs-starlight':
    'MDX-kompilering/Vite (32 s av 53 s ved 10×) dominerer den varme byggingen. Starlight ble bare bygd én gang ved 10×, på en tungt lastet maskin.',
  'css-per-page':
    'Måling 2026-12-01: hver side laster hele Base-stilarket (/_astro/Base.*.css, 191 KB rå, 27,1 KB gzip) med Designsystemet-CSS-en; sidenes egne stilark er under 1 KB.',
  'typical-15': 'Base-stilarket alene er 27,1 KB gzip (se CSS-budsjettet); prinsippsidens HTML er 4,6 KB.',
  'search-bytes':
    'Måling 2026-12-01, 1×: søkesiden laster ved åpning Pagefinds komponent-UI (pagefind-component-ui.js 39,9 KB + .css 6,9 KB) og Base-stilarket (27,1 KB); første søk laster så wasm.nb.pagefind (56,2 KB), pagefind.js + worker (25,2 KB), indeksen (16,4 KB), filtre og fragmenter.',
};
