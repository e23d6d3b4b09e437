/**
 * The peer for the benchmark: a Starlight site whose `docs` collection is the same generated MDX
 * (read from CONTENT_ROOT, every custom frontmatter key accepted). Starlight runs Pagefind itself,
 * so one `astro build` is its whole build. Mermaid fences stay code blocks (Expressive Code).
 * Written to a throwaway folder inside the project so that it uses the project's node_modules.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function writeStarlightProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  outDir: process.env.DIST_DIR,
  devToolbar: { enabled: false },
  integrations: [starlight({ title: 'Ytelsesmåling', defaultLocale: 'root', locales: { root: { label: 'Norsk bokmål', lang: 'nb' } } })],
});
`,
  );
  writeFileSync(
    path.join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: process.env.CONTENT_ROOT }),
    schema: docsSchema({ extend: z.looseObject({}) }),
  }),
};
`,
  );
}
