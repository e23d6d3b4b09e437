// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { contentSafetyPlugin, mermaidFigurePlugin } from './src/lib/satteri-plugins.ts';
import { cachePath } from './src/node/build-cache.ts';
import { phaseTimes } from './src/node/phase-timer.ts';
import { closeRenderer, renderStats } from './src/node/mermaid.ts';
import { closeDownloadPool, downloadStats } from './src/node/download-pool.ts';

/** Logs what the diagram renderer and the download workers did, and stops them, when the build is done. */
const diagramRenderer = {
  name: 'kommit-diagrams',
  hooks: {
    'astro:build:done': async () => {
      const s = renderStats();
      console.log(
        `[diagrams] rendered ${s.rendered}, from cache ${s.cached}, browser launched: ${s.browserLaunched ? 'yes' : 'no'}, render time ${Math.round(s.renderMs)} ms`,
      );
      await closeRenderer();
      const made = downloadStats();
      console.log(`[nedlastinger] laget på forhånd i arbeidstråd: ${made.ahead}, på Astros tråd: ${made.here}`);
      await closeDownloadPool();
      console.log(`[fase-deler] ${JSON.stringify(phaseTimes())}`);
    },
  },
};

/**
 * Rolldown warns once per MDX page that Astro's own `"use astro:head-inject"` directive «may not be
 * preserved» (withastro/astro#18087, open; harmless). At 10× content that is 780 warnings, about 1 MB
 * of output that hides real warnings and that `npm run build` had to read through while it checked
 * the content. Every other message is passed on.
 * @type {NonNullable<import('vite').BuildEnvironmentOptions['rolldownOptions']>['onLog']}
 */
function withoutHeadInjectWarnings(level, log, handler) {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
  handler(level, log);
}

export default defineConfig({
  // Only a configured address: without SITE_URL, documents and feeds use relative links (src/lib/site-url.ts).
  site: process.env.SITE_URL || undefined,
  trailingSlash: 'always',
  outDir: process.env.DIST_DIR ?? './dist',
  // Pages wait on the diagram renderer (a browser); rendering several at once keeps both cores busy.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  integrations: [mdx(), diagramRenderer],
  markdown: {
    // Astro's Rust processor (Sätteri) with our two steps as mdast plugins (src/lib/satteri-plugins.ts). Content
    // safety first: import/export, {…}, unlisted HTML or unsafe links stop the build even when the check was skipped (DESIGN.md §8).
    processor: satteri({ mdastPlugins: [contentSafetyPlugin, mermaidFigurePlugin] }),
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
  },
  devToolbar: { enabled: false },
  // The content data store and the incremental page cache live with the other build caches (src/node/build-cache.ts).
  cacheDir: cachePath('astro'),
  // Routes from getStaticPaths carry a digest of all content (src/data/build-digest.ts); an unchanged
  // page is copied from the last build instead of rendered. A test compares such a build with a clean one.
  experimental: { incrementalBuild: true },
  vite: { build: { assetsInlineLimit: 0, rolldownOptions: { onLog: withoutHeadInjectWarnings } } },
});
