// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkMermaidFigure from './src/lib/remark-mermaid.ts';

/** Logs what the diagram renderer did and closes its browser when the build is done. */
const diagramRenderer = {
  name: 'kommit-diagrams',
  hooks: {
    'astro:build:done': async () => {
      const { renderStats, closeRenderer } = await import('./src/node/mermaid.ts');
      const s = renderStats();
      console.log(
        `[diagrams] rendered ${s.rendered}, from cache ${s.cached}, browser launched: ${s.browserLaunched ? 'yes' : 'no'}, render time ${Math.round(s.renderMs)} ms`,
      );
      await closeRenderer();
    },
  },
};

export default defineConfig({
  // Only a configured address: without SITE_URL, documents and feeds use relative links (src/lib/site-url.ts).
  site: process.env.SITE_URL || undefined,
  trailingSlash: 'always',
  outDir: process.env.DIST_DIR ?? './dist',
  // Pages wait on the diagram renderer (a browser); rendering several at once keeps both cores busy.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  integrations: [mdx(), diagramRenderer],
  markdown: {
    processor: unified({ remarkPlugins: [remarkGfm, remarkMermaidFigure] }),
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
  },
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
