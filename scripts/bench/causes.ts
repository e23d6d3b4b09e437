/**
 * Why a budget is not met, written by hand after reading a report: one sentence or two per budget
 * id (see the ids in scripts/bench/budgets.ts), with the figures it rests on and the date of the
 * report they come from. The report prints it next to every failed budget, and says so when it is
 * missing. Check an entry against each new report; remove it when its budget is met again.
 */
export const CAUSES: Record<string, string | undefined> = {
  'clean-vs-baseline':
    'Måling 2026-12-01, 10×: kontroll 15,9 s, av det tegner Chromium 90 Mermaid-diagrammer (10,4 s tegnetid fordelt på to sider); sider 17,3 s, av det 7,9 s på 1706 nedlastinger (docx/odt/xlsx/ods/csv/json, tilbudsdokumenter og eldre versjoner); Pagefind 9,1 s (780 sider og 2653 krav som egne poster); innholdssynk 3,7 s og MDX-kompilering 6,7 s. Naken Astro gjør bare de tre siste (14,2 s i alt). Det som kan lukke gapet: kjøre innholdskontrollen samtidig med Astro (reglene gir ikke bygget noe), lage nedlastingene i en arbeidstråd ved siden av sidene, og tegne Mermaid uten nettleser.',
  'clean-vs-starlight':
    'Samme faser som mot naken Astro (se over): kontrollen med diagrammene (15,9 s) og nedlastingene (7,9 s) er arbeid Starlight ikke gjør; uten dem er vi på om lag 30 s mot Starlights 32,3 s (én kjøring ved 10×).',
};
