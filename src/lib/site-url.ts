/**
 * The site's own address comes only from SITE_URL (astro.config.mjs). A local build has none:
 * links are site-relative and nothing claims a domain (never a placeholder).
 */

/** Absolute URL when the site address is configured, otherwise the site-relative path. */
export function absoluteUrl(pathname: string, site: URL | string | undefined): string {
  return site ? new URL(pathname, site).toString() : pathname;
}

/** An IRI for Atom ids: the absolute URL, or in a local build a URN that names no domain. */
export function feedId(pathname: string, site: URL | string | undefined): string {
  return site ? new URL(pathname, site).toString() : `urn:kommit-verktoykasse:lokal:${pathname}`;
}

export const LOCAL_BUILD_NOTE = 'Lokal bygg uten nettadresse: lenkene er relative til nettstedet.';
