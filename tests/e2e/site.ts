import {readFileSync} from 'node:fs';
import path from 'node:path';
import {inject} from 'vitest';

const BUILD = path.resolve(__dirname, '../../build');

/** Absolute URL on the local test server for a site path such as "docs/orchestration" (no leading slash). */
export function siteUrl(sitePath = ''): string {
  return new URL(sitePath.replace(/^\//, ''), inject('siteUrl')).toString();
}

/** Every page URL in build/sitemap.xml as the build wrote it (SITE_URL + BASE_URL + path). */
export function sitemapLocs(): string[] {
  const xml = readFileSync(path.join(BUILD, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
}

/** Every page URL in build/sitemap.xml, rewritten to the local test server. */
export function sitemapUrls(): string[] {
  const locs = sitemapLocs().map((loc) => new URL(loc));
  const base = new URL(inject('siteUrl'));
  return locs.map((loc) => new URL(loc.pathname + loc.search, base.origin).toString());
}
