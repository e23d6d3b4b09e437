/**
 * The build's phases, read off the lines Astro prints while it builds. `npm run build` prints the
 * result as one `[faser] {…}` line (milliseconds) that the benchmark reads.
 */

export interface BuildPhases {
  check: number | null;
  /** Astro's start, configuration, content layer sync and type generation. */
  contentSync: number | null;
  /** Vite bundling: MDX compilation and the page and island bundles. */
  mdxCompile: number | null;
  /** Rendering every route to a file, downloads and feeds included. */
  render: number | null;
  /** Part of render: the time at least one download was being made. */
  downloads: number | null;
  /** Part of render: the time at least one feed or API file was being made. */
  feedsApi: number | null;
  pagefind: number | null;
  total: number | null;
}

export const PHASES_PREFIX = '[faser] ';
export const RENDER_PARTS_PREFIX = '[fase-deler] ';

export interface TimedLine { at: number; line: string }

/** Phases of one Astro run from its timed output lines; `started` and `ended` bound the run. */
export function astroPhases(lines: readonly TimedLine[], started: number, ended: number): Pick<BuildPhases, 'contentSync' | 'mdxCompile' | 'render' | 'downloads' | 'feedsApi'> {
  const at = (marker: RegExp) => lines.find((l) => marker.test(l.line))?.at;
  const bundling = at(/Building static entrypoints/);
  const rendering = at(/(generating|prerendering) static routes/);
  const parts = lines.find((l) => l.line.includes(RENDER_PARTS_PREFIX));
  let downloads: number | null = null;
  let feedsApi: number | null = null;
  if (parts) {
    try {
      const parsed = JSON.parse(parts.line.slice(parts.line.indexOf(RENDER_PARTS_PREFIX) + RENDER_PARTS_PREFIX.length)) as Record<string, { ms?: unknown }>;
      downloads = typeof parsed.downloads?.ms === 'number' ? parsed.downloads.ms : null;
      feedsApi = typeof parsed.feedsApi?.ms === 'number' ? parsed.feedsApi.ms : null;
    } catch {
      // A garbled line leaves the parts unknown.
    }
  }
  const span = (from: number | undefined, to: number | undefined) => (from !== undefined && to !== undefined ? Math.round(to - from) : null);
  return { contentSync: span(started, bundling), mdxCompile: span(bundling, rendering), render: span(rendering, ended), downloads, feedsApi };
}

export function formatPhases(phases: BuildPhases): string {
  return `${PHASES_PREFIX}${JSON.stringify(phases)}`;
}

/** The phases from a build's log, or null when the log has no `[faser]` line. */
export function parsePhases(log: string): BuildPhases | null {
  const line = log.split('\n').reverse().find((l) => l.startsWith(PHASES_PREFIX));
  if (!line) return null;
  try {
    return JSON.parse(line.slice(PHASES_PREFIX.length)) as BuildPhases;
  } catch {
    return null;
  }
}
