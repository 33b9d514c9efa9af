import type {Options as RedirectOptions} from '@docusaurus/plugin-client-redirects';
import {patterns} from '../src/data/patterns';

export interface Redirect {
  readonly from: string;
  readonly to: string;
}

function kebab(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Links that must keep working: a short link /p/<slug> for every pattern (easy to type into a wiki), and the old
 * URL of every renamed page (Strangler → Strangler Fig), both as a page URL and as a short link, and the URL of every
 * page that moved.
 */
export function siteRedirects(): Redirect[] {
  const redirects: Redirect[] = [];
  for (const p of patterns) {
    const to = `/docs/patterns/${p.slug}`;
    redirects.push({from: `/p/${p.slug}`, to});
    if (p.formerEnglish && kebab(p.formerEnglish) !== p.slug) {
      redirects.push({from: `/docs/patterns/${kebab(p.formerEnglish)}`, to}, {from: `/p/${kebab(p.formerEnglish)}`, to});
    }
  }
  // Pages moved or merged: the maintainers' performance notes left the site for CONTRIBUTING.md.
  redirects.push({from: '/docs/about/performance', to: '/docs/about'});
  return redirects;
}

export const redirectOptions = {redirects: siteRedirects()} satisfies Partial<RedirectOptions>;
