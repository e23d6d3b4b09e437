import { describe, expect, it } from 'vitest';
import { reportLinks } from '../../src/lib/report';

const base = { path: '/brukerreiser/byggesoknad/', title: 'Byggesøknad', repositoryUrl: 'https://github.com/eier/repo/' };

describe('reportLinks', () => {
  it('opens the issue form with the page address and title filled in', () => {
    const { issueUrl, pageAddress } = reportLinks({ ...base, siteUrl: 'https://verktoykasse.no' });
    const url = new URL(issueUrl);
    expect(url.origin + url.pathname).toBe('https://github.com/eier/repo/issues/new');
    expect(url.searchParams.get('template')).toBe('retting.md');
    expect(url.searchParams.get('title')).toBe('Feil på siden «Byggesøknad»');
    expect(url.searchParams.get('body')).toContain('Adressen til siden: https://verktoykasse.no/brukerreiser/byggesoknad/');
    expect(pageAddress).toBe('https://verktoykasse.no/brukerreiser/byggesoknad/');
  });
  it('names the path when the site address is not configured', () => {
    expect(new URL(reportLinks(base).issueUrl).searchParams.get('body')).toContain('Adressen til siden: /brukerreiser/byggesoknad/');
  });
  it('offers e-mail with the same subject and body only when a valid contact address is set', () => {
    expect(reportLinks(base).mailtoUrl).toBeUndefined();
    expect(reportLinks({ ...base, contactEmail: 'ikke en adresse' }).mailtoUrl).toBeUndefined();
    const mailto = reportLinks({ ...base, contactEmail: 'post@kommune.no' }).mailtoUrl!;
    expect(mailto.startsWith('mailto:post@kommune.no?subject=')).toBe(true);
    expect(decodeURIComponent(mailto)).toContain('Feil på siden «Byggesøknad»');
    expect(decodeURIComponent(mailto)).toContain('Adressen til siden: /brukerreiser/byggesoknad/');
    expect(mailto).not.toContain('+');
  });
});
