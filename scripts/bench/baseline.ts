/**
 * The baseline for the benchmark: a bare Astro site (MDX only: no schemas, checks, diagrams,
 * downloads or backlinks) that renders the same generated MDX bodies, followed by Pagefind.
 * Written to a throwaway folder inside the project so that it uses the project's node_modules.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function writeBaselineProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({ integrations: [mdx()], outDir: process.env.DIST_DIR, devToolbar: { enabled: false } });
`,
  );
  writeFileSync(
    path.join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { pages: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: process.env.CONTENT_ROOT }) }) };
`,
  );
  writeFileSync(
    path.join(dir, 'src/pages/[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('pages')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="nb"><head><meta charset="utf-8" /><title>{String(entry.data.title)}</title></head>
<body><main><h1>{String(entry.data.title)}</h1><Content /></main></body></html>
`,
  );
}
