/** Every changelog version of a template, from the files, git history or the changelog. */
import type { CollectionEntry } from 'astro:content';
import path from 'node:path';
import { specHistory } from '../node/spec-history';
import { compareVersions, versionStates, type VersionState } from '../lib/spec-versions';
import type { Requirement, Spec } from '../lib/schema';

export function specVersionStates(entry: CollectionEntry<'specs'>, requirements: Requirement[]): VersionState[] {
  const history = entry.filePath ? specHistory(path.dirname(path.resolve(entry.filePath))) : new Map();
  return versionStates(entry.data.changelog, { version: entry.data.version, requirements }, history);
}

/** The spec's data as it was in an older version (version, changelog up to it, its categories). */
export function specDataAt(spec: Spec, state: VersionState): Spec {
  const entries = spec.changelog.filter((c) => compareVersions(c.version, state.version) <= 0);
  return { ...spec, version: state.version, changelog: entries, categories: state.categories ?? spec.categories };
}

/** What an older version's documents say about where they come from. */
export function versionNotice(state: VersionState, currentVersion: string): string | undefined {
  if (state.source === 'current') return undefined;
  const base = `Dette er versjon ${state.version} av malen. Gjeldende versjon er ${currentVersion}.`;
  if (state.source === 'history') return base;
  const lost = state.textNotKept.length
    ? ` Ordlyden i versjon ${state.version} er ikke bevart for ${state.textNotKept.join(', ')}; der står teksten fra en nyere versjon.`
    : '';
  return `${base} Versjonen er gjenskapt fra endringsloggen: krav som kom til senere, er tatt ut, og krav som er fjernet senere, er tatt med.${lost}`;
}
