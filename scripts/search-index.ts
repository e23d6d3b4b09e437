/**
 * Builds the Pagefind index from the built site. Item pages are indexed from their HTML; each
 * requirement gets a record of its own that links to its anchor on the template page.
 */
import * as pagefind from 'pagefind';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PHASE_LABELS, SECTOR_LABELS } from '../src/lib/labels';
import type { Phase, Requirement, Sector } from '../src/lib/schema';

interface ApiSpec { id: string; title: string; url: string; sectors: Sector[]; phases: Phase[]; downloads: { json: string } }

export async function buildSearchIndex(dist: string): Promise<{ pages: number; requirements: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nb' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dist });
  if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);

  const specs = JSON.parse(readFileSync(path.join(dist, 'api/kravspesifikasjoner.json'), 'utf8')) as ApiSpec[];
  let requirements = 0;
  for (const spec of specs) {
    const data = JSON.parse(readFileSync(path.join(dist, spec.downloads.json), 'utf8')) as { requirements: Requirement[] };
    for (const r of data.requirements.filter((x) => !x.removedIn)) {
      const response = await index.addCustomRecord({
        url: `${spec.url}#${r.id}`,
        content: `${r.id}. ${r.text} ${r.motive} ${r.guidance}`,
        language: 'nb',
        meta: { title: `${r.id}: ${r.text}`, type: 'Krav', summary: `Krav i ${spec.title}` },
        filters: {
          type: ['Krav'],
          sektor: spec.sectors.map((s) => SECTOR_LABELS[s]),
          fase: spec.phases.map((p) => PHASE_LABELS[p]),
        },
      });
      if (response.errors.length > 0) throw new Error(`Pagefind: ${response.errors.join('; ')}`);
      requirements++;
    }
  }
  const written = await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { pages: added.page_count, requirements };
}
