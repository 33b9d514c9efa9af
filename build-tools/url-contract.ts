import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';

/**
 * The URL contract: every page the site has published and every id a link can point at on it (headings, glossary
 * entries, table rows, figures…), committed as published-urls.json. A build that loses one fails, naming it: a
 * page may move only with a redirect (config/redirects.ts), and a heading that is renamed keeps its old id as an
 * alias anchor. `npm run urls:update` adds what a build publishes anew; nothing is ever dropped by it.
 */

/** Site path (without the base URL) → its linkable ids, sorted. */
export type UrlContract = Record<string, string[]>;

export const CONTRACT_FILE = 'published-urls.json';

/** Ids a link can rely on: ASCII kebab-case, as the site's headings and anchors are (not React's generated ids). */
const STABLE_ID = /^[a-z0-9][a-z0-9-]*$/;

/** The HTML file of a site path in a build, or null. */
export function pageFile(outDir: string, sitePath: string): string | null {
  const rel = sitePath.replace(/^\/+|\/+$/g, '');
  const candidates = rel === '' ? ['index.html'] : [`${rel}.html`, `${rel}/index.html`];
  for (const c of candidates) if (existsSync(path.join(outDir, c))) return path.join(outDir, c);
  return null;
}

/** The stable ids inside a page's <main> (the navbar and footer have none a reader would link to). */
export function pageIds(html: string): string[] {
  const start = html.search(/<main[\s>]/);
  const end = html.lastIndexOf('</main>');
  const main = start >= 0 && end > start ? html.slice(start, end) : '';
  const ids = new Set<string>();
  for (const m of main.matchAll(/\sid=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    const id = m[1] ?? m[2] ?? m[3] ?? '';
    if (STABLE_ID.test(id)) ids.add(id);
  }
  return [...ids].sort();
}

/** Is this file a redirect stub (plugin-client-redirects), and to where? */
function redirectTarget(html: string): string | null {
  return /http-equiv="refresh"\s+content="0;\s*url=([^"]+)"/.exec(html)?.[1] ?? null;
}

/** One page a build wrote for a route: its site path (without the base URL), file and HTML. */
export interface BuiltPage {
  readonly route: string;
  readonly sitePath: string;
  readonly file: string;
  readonly html: string;
}

/** Each route with an HTML page of its own (not the 404 page, not a redirect stub), in route order. */
export function builtPages(outDir: string, baseUrl: string, routes: readonly string[]): BuiltPage[] {
  const pages: BuiltPage[] = [];
  for (const route of [...new Set(routes)].sort()) {
    const sitePath = `/${route.slice(baseUrl.length)}`.replace(/\/+$/, '') || '/';
    if (sitePath === '/404.html') continue;
    const file = pageFile(outDir, sitePath);
    if (!file) continue;
    const html = readFileSync(file, 'utf8');
    if (redirectTarget(html)) continue;
    pages.push({route, sitePath, file, html});
  }
  return pages;
}

/** What a build publishes: each of its pages with the ids on it. */
export function publishedUrls(outDir: string, baseUrl: string, routes: readonly string[]): UrlContract {
  return Object.fromEntries(builtPages(outDir, baseUrl, routes).map((p) => [p.sitePath, pageIds(p.html)]));
}

export interface Redirect {
  readonly from: string;
  readonly to: string;
}

/**
 * What the build breaks of the contract, one line each: a listed page that is gone without a redirect, and a
 * listed id missing from its page (or from the page it now redirects to).
 */
export function contractProblems(outDir: string, contract: UrlContract, redirects: readonly Redirect[]): string[] {
  const problems: string[] = [];
  const redirectOf = new Map(redirects.map((r) => [r.from, r.to]));
  for (const [sitePath, ids] of Object.entries(contract)) {
    const own = pageFile(outDir, sitePath);
    const isPage = own !== null && redirectTarget(readFileSync(own, 'utf8')) === null;
    // A page that moved is checked where it went (the redirect stubs themselves are written alongside this check).
    const redirect = redirectOf.get(sitePath);
    const target = isPage || !redirect ? sitePath : redirect;
    const file = isPage ? own : pageFile(outDir, target);
    if (!file || (target === sitePath && !isPage)) {
      problems.push(redirect ? `${sitePath} redirects to ${redirect}, which does not exist` : `${sitePath} is gone and has no redirect (config/redirects.ts)`);
      continue;
    }
    const present = new Set(pageIds(readFileSync(file, 'utf8')));
    const missing = ids.filter((id) => !present.has(id));
    for (const id of missing) {
      problems.push(`${sitePath}#${id} is gone${target === sitePath ? '' : ` from ${target}`}: keep the old id as an alias anchor (<a id="${id}"></a>) or a redirect`);
    }
  }
  return problems;
}

/** The contract after a build: the old one, every id it lists kept, plus what the build publishes anew. */
export function mergeContract(old: UrlContract, published: UrlContract): UrlContract {
  const merged: UrlContract = {};
  for (const sitePath of [...new Set([...Object.keys(old), ...Object.keys(published)])].sort()) {
    merged[sitePath] = [...new Set([...(old[sitePath] ?? []), ...(published[sitePath] ?? [])])].sort();
  }
  return merged;
}

export function readContract(root: string): UrlContract | null {
  const file = path.join(root, CONTRACT_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as UrlContract) : null;
}

export function formatContract(contract: UrlContract): string {
  return `${JSON.stringify(contract, null, 1)}\n`;
}
