/**
 * A set of requirements to publish as one tender document: one template's requirements, or a
 * buyer's selection across templates (the basket on /kravutvalg/). The same document and workbook
 * builders render both, so a template download and a basket export look alike.
 *
 * Plain data (no functions), so it can be built at build time or in the browser.
 */
import type { Requirement } from '../schema';

export interface RequirementGroup {
  /** The template (spec) the requirements come from. */
  templateId: string;
  templateTitle: string;
  templateVersion: string;
  categoryId: string;
  categoryTitle: string;
  requirements: Requirement[];
}

export interface RequirementSet {
  /** Document title, e.g. the template's title or «Kravutvalg». */
  title: string;
  /** E.g. «Bilag 1 Kundens kravspesifikasjon». */
  appendix: string;
  /** Version of the template, or undefined for a basket. */
  version?: string;
  /** Date of the version (YYYY-MM-DD), or of the export for a basket. */
  date: string;
  /** What the set is for (the template's scope); shown in the instructions. */
  scope?: string;
  /** Absolute URL of the template page, only when the site URL is configured (never a placeholder). */
  sourceUrl?: string;
  groups: RequirementGroup[];
  /**
   * A plain statement shown on the title page, in «Om malen» and in the JSON, e.g. that an older
   * version was rebuilt from the changelog and which wording is not kept. (Extension, optional.)
   */
  notice?: string;
  /** Titles of the principles and standards the requirements cite, keyed `principles/<id>` or `standards/<id>`. */
  referenceTitles: Record<string, string>;
}
