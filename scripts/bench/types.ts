/** The shape of bench/report.json. */
import type { PageCost, SearchCost } from './pages';
import type { PhaseStats } from './phases';
import type { Stat } from './stats';

export interface BuildTimes {
  /** Seconds from empty caches (diagrams, Astro's cache folder) and no previous output. */
  clean: Stat | null;
  /** Seconds with every cache kept from the previous build of the same content. */
  warm: Stat | null;
  peakMb: number | null;
  distBytes: number;
}

export interface OurBuild extends BuildTimes {
  phasesClean: PhaseStats | null;
  phasesWarm: PhaseStats | null;
  /** Whether any warm build launched Chromium (null: the build did not say). */
  warmBrowserLaunched: boolean | null;
  diagrams: { rendered: number; cached: number; browserLaunched: boolean; renderMs: number } | null;
  pagefindBytes: number;
}

export interface ScaleResult {
  scale: number;
  items: number;
  requirements: number;
  pages: number;
  ours: OurBuild;
  baseline: BuildTimes;
  /** Null when the Starlight build failed (the error is in `starlightError`). */
  starlight: BuildTimes | null;
  starlightError?: string;
  ratios: { baselineClean: number | null; baselineWarm: number | null; starlightClean: number | null; starlightWarm: number | null };
}

export interface Budget {
  id: string;
  budget: string;
  value: string;
  /** null: not measured in this run (for example the 10× scale was left out). */
  met: boolean | null;
  /** Why a budget is not met: filled in by hand in scripts/bench/causes.ts. */
  cause?: string | null;
}

export interface Report {
  date: string;
  /** Load averages (1, 5, 15 min) when the bench started and ended: other work on the machine shows here. */
  machine: { cpus: number; node: string; load: number[]; loadAtEnd?: number[] };
  scales: ScaleResult[];
  pages: PageCost[] | null;
  search: (SearchCost & { scale: number })[];
  largestJsFile: { path: string; bytes: number } | null;
  /** Pagefind files served as they are, and those of them that turned out not to be gzip. */
  pagefindPrecompressed: { files: number; notGzip: string[] } | null;
  budgets: Budget[];
  stages: { stage: string; seconds: number }[];
  benchSeconds: number;
}
