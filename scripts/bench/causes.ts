/**
 * Why a budget is not met, written by hand after reading a report: one sentence or two per budget
 * id (see the ids in scripts/bench/budgets.ts), with the figures it rests on and the date of the
 * report they come from. The report prints it next to every failed budget, and says so when it is
 * missing. Check an entry against each new report; remove it when its budget is met again.
 */
export const CAUSES: Record<string, string | undefined> = {
  'clean-vs-baseline':
    'Måling 2026-12-01, 10×, etter at kontrollen går samtidig med Astro og dokumentene pakkes i zlibs tråder: 41,6 s mot naken Astros 12,2 s (før: 54,0 s). Maskinen har 2 kjerner, og de er fulle de første 20 sekundene: kontrollen (20,7 s, der Chromium tegner 90 Mermaid-diagrammer på to sider, 23,5 s tegnetid i alt) går ved siden av Astros innholdssynk (6,8 s) og MDX-kompilering (13,7 s; 6,7 s da kontrollen gikk først). Så kommer sidene (11,8 s, av det 6,9 s på 1706 nedlastinger) og til slutt Pagefind (7,8 s, 780 sider og 2653 krav som egne poster). Naken Astro gjør bare innholdssynk, MDX, enkle sider og Pagefind. Mer samtidighet hjelper ikke på 2 kjerner; det som kan lukke gapet, er mindre arbeid: tegne Mermaid uten nettleser eller med et mindre oppsett (i en profil av tegningen er om lag halvparten Mermaids egen kopiering av hele oppsettet, 24 KB, for hvert element), og bygge søkeindeksen mens sidene skrives i stedet for etter hele bygget.',
  'clean-vs-starlight':
    'Samme årsak som mot naken Astro (se over): 41,6 s mot Starlights 27,9 s (én kjøring ved 10×). Starlight tegner ingen diagrammer i nettleser, lager ingen nedlastinger og legger ingen krav inn som egne søkeposter; hos oss er det kontrollen med diagrammene (20,7 s, samtidig med Astro), nedlastingene (6,9 s) og den største delen av Pagefind-tiden (7,8 s).',
};
