/** Site-wide settings. The repository URL is configurable so forks link to their own files. */
export const SITE_NAME = 'KommIT verktøykasse';
export const REPOSITORY_URL = (import.meta.env.PUBLIC_REPOSITORY_URL as string | undefined) ?? 'https://github.com/kommit-verktoykasse/verktoykasse';
export const REPOSITORY_BRANCH = (import.meta.env.PUBLIC_REPOSITORY_BRANCH as string | undefined) ?? 'main';

export function editUrl(filePath: string | undefined): string | undefined {
  if (!filePath) return undefined;
  const relative = filePath.replace(/^\.?\/*/, '');
  return `${REPOSITORY_URL}/edit/${REPOSITORY_BRANCH}/${relative}`;
}

/** E-mail for error reports from people without a repository account (`PUBLIC_CONTACT_EMAIL`). */
export const CONTACT_EMAIL = ((import.meta.env.PUBLIC_CONTACT_EMAIL as string | undefined) ?? process.env.PUBLIC_CONTACT_EMAIL ?? '').trim() || undefined;
