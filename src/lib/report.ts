/**
 * «Meld fra om feil på denne siden»: links that open an error report with the page's address and
 * title filled in — the repository's issue form for people with an account, and e-mail for
 * everyone else (when a contact address is configured).
 */
export interface ReportInput {
  /** Site-relative path of the page, e.g. `/brukerreiser/byggesoknad/`. */
  path: string;
  title: string;
  /** The site's public address; without it the report names the path only. */
  siteUrl?: string;
  repositoryUrl: string;
  contactEmail?: string;
}

export interface ReportLinks {
  issueUrl: string;
  mailtoUrl?: string;
  /** The page address as written into the report. */
  pageAddress: string;
}

export function reportLinks(input: ReportInput): ReportLinks {
  const pageAddress = input.siteUrl ? new URL(input.path, input.siteUrl).toString() : input.path;
  const subject = `Feil på siden «${input.title}»`;
  const body = [
    `Adressen til siden: ${pageAddress}`,
    '',
    'Hva er feil?',
    '',
    '',
    'Hva bør stå der? Oppgi kilde hvis det gjelder fakta.',
    '',
  ].join('\n');
  const issue = new URL(`${input.repositoryUrl.replace(/\/+$/, '')}/issues/new`);
  issue.searchParams.set('template', 'retting.md');
  issue.searchParams.set('labels', 'retting');
  issue.searchParams.set('title', subject);
  issue.searchParams.set('body', body);
  const email = input.contactEmail?.trim();
  // mailto: wants %20 for spaces, not the + that URLSearchParams writes.
  const mailtoUrl = email && /^[^\s@<>"]+@[^\s@<>"]+$/.test(email)
    ? `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`
    : undefined;
  return { issueUrl: issue.toString(), mailtoUrl, pageAddress };
}
