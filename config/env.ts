/**
 * Site configuration read from the environment (12-factor: config in the environment).
 *
 * SITE_URL  absolute http(s) origin the site is served from   (default http://localhost:3000)
 * BASE_URL  path prefix, starting and ending with "/"          (default /)
 * EDIT_URL  optional base URL for the "编辑此页" link, e.g. https://git.example.com/kb/edit/main/
 * ISSUE_URL optional new-issue URL for the "报告问题" link, e.g. https://github.com/org/kb/issues/new; the page
 *           adds title= and body= to it (GitHub, Gitea and Forgejo prefill the form from them)
 *
 * A bad value throws an Error whose message names the variable, the value and what is expected,
 * so `docusaurus build` stops before doing any work.
 */

export interface SiteEnv {
  /** Origin without trailing slash, e.g. https://kb.example.com */
  readonly url: string;
  /** Path prefix with leading and trailing slash, e.g. /kb/ */
  readonly baseUrl: string;
  /** Base URL of the edit link, or undefined when EDIT_URL is unset */
  readonly editUrl: string | undefined;
  /** New-issue URL of the "报告问题" link, or undefined when ISSUE_URL is unset */
  readonly issueUrl: string | undefined;
}

export const DEFAULT_SITE_URL = 'http://localhost:3000';
export const DEFAULT_BASE_URL = '/';

export class SiteEnvError extends Error {
  constructor(variable: string, value: string, expected: string) {
    super(`Invalid ${variable}=${JSON.stringify(value)}: ${expected}`);
    this.name = 'SiteEnvError';
  }
}

function parseHttpUrl(variable: string, value: string, expected: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new SiteEnvError(variable, value, expected);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new SiteEnvError(variable, value, expected);
  }
  return parsed;
}

function readSiteUrl(raw: string | undefined): string {
  const value = raw?.trim() || DEFAULT_SITE_URL;
  const expected =
    'expected an absolute http(s) origin without path, query or fragment, e.g. https://kb.example.com (put a path prefix in BASE_URL)';
  const parsed = parseHttpUrl('SITE_URL', value, expected);
  if ((parsed.pathname !== '/' && parsed.pathname !== '') || parsed.search || parsed.hash || parsed.username) {
    throw new SiteEnvError('SITE_URL', value, expected);
  }
  return parsed.origin;
}

const BASE_URL_PATTERN = /^\/(?:[A-Za-z0-9._~-]+\/)*$/;

function readBaseUrl(raw: string | undefined): string {
  const value = raw?.trim() || DEFAULT_BASE_URL;
  if (!BASE_URL_PATTERN.test(value)) {
    throw new SiteEnvError(
      'BASE_URL',
      value,
      'expected a path that starts and ends with "/" and contains only ASCII letters, digits, ".", "_", "~" and "-", e.g. / or /kb/',
    );
  }
  return value;
}

function readEditUrl(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  parseHttpUrl('EDIT_URL', value, 'expected an absolute http(s) URL, e.g. https://git.example.com/kb/edit/main/');
  return value.endsWith('/') ? value : `${value}/`;
}

function readIssueUrl(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  const expected = 'expected an absolute http(s) URL of the new-issue form without a fragment, e.g. https://github.com/org/kb/issues/new';
  const parsed = parseHttpUrl('ISSUE_URL', value, expected);
  if (parsed.hash || parsed.username) throw new SiteEnvError('ISSUE_URL', value, expected);
  return value;
}

export function readSiteEnv(env: Readonly<Record<string, string | undefined>>): SiteEnv {
  return {
    url: readSiteUrl(env.SITE_URL),
    baseUrl: readBaseUrl(env.BASE_URL),
    editUrl: readEditUrl(env.EDIT_URL),
    issueUrl: readIssueUrl(env.ISSUE_URL),
  };
}

/**
 * The warning a production build prints when SITE_URL is not set: the site does not know where it will be served,
 * so canonical URLs, hreflang, the sitemap and link previews point at http://localhost:3000. (Copied links then use
 * the address the page is read at instead: src/components/CopyLink/link.ts.) Undefined when there is nothing to say.
 */
export function siteUrlWarning(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (env.NODE_ENV !== 'production' || env.SITE_URL?.trim()) return undefined;
  return (
    `SITE_URL is not set: this build's canonical URLs, sitemap and link previews point at ${DEFAULT_SITE_URL}. ` +
    'Set SITE_URL to the origin the site is served from, e.g. SITE_URL=https://kb.example.com npm run build'
  );
}
