/**
 * npm run check:budgets — the performance budgets of issue 6, measured on the production build (build/):
 *   - JS requested by a doc page without diagrams ≤ 200 KB gzipped (home, chapter, explorer, comparison…);
 *   - a page with diagrams loads at most 60 KB gzipped more than the same kind of page without;
 *   - no page loads Mermaid code;
 *   - the HTML of every page ≤ 100 KB, except the CNCF projects page (≤ 240 KB): its 255 rows are in the HTML so that
 *     the table is whole without JavaScript and every row can be linked (about 35 KB gzipped);
 *   - the CNCF project records are loaded by the projects page only;
 *   - the search box's index is requested only once the box is focused, and no page but /search loads Pagefind.
 * Prints a table and exits 1 naming every budget that is exceeded.
 */
import {readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import type {Browser, Response} from 'playwright-core';
import {launchChromium} from '../build-tools/chromium';
import {serveBuild} from '../build-tools/serve';
import {ROOT, listFiles} from '../build-tools/docs';
import {cncfProjects} from '../src/data/cncf-projects';

const BUILD = path.join(ROOT, 'build');
const KB = 1024;
export const BUDGETS = {jsNoDiagrams: 200 * KB, diagramExtra: 60 * KB, html: 100 * KB};
/** Pages allowed more HTML than BUDGETS.html, and why (the header above). */
export const HTML_EXCEPTIONS: Readonly<Record<string, number>> = {'docs/cloud-native/cncf-projects.html': 240 * KB};
/**
 * A string found only in the module of the CNCF project records (src/data/cncf-projects.ts): the repository of its
 * first project (ASCII, so minified code keeps it as written). Not the snapshot's commit: the 2026 comparisons cite
 * the landscape file by that commit in their sources.
 */
const CNCF_DATA_MARKER = cncfProjects[0]!.repository!;
/** Text only the search box's suggestion index chunk holds (its entries' pinyin keys, src/components/Search/suggest.ts). */
const SEARCH_INDEX_MARKER = '"pinyin":[';
const isSearchIndex = (url: string, body: Buffer) => url.includes('/pagefind/') || body.toString('latin1').includes(SEARCH_INDEX_MARKER);
const CNCF_PROJECTS_PAGE = 'docs/cloud-native/cncf-projects';

export const PAGES = [
  {name: 'home', path: '', diagrams: false},
  {name: 'chapter page', path: 'docs/cloud-native', diagrams: false},
  {name: 'doc page, no diagram', path: 'docs/architecture/twelve-factor', diagrams: false},
  {name: 'doc page, no diagram (pattern)', path: 'docs/patterns/gatekeeper', diagrams: false},
  {name: 'pattern explorer', path: 'docs/patterns', diagrams: false},
  {name: 'orchestration comparison', path: 'docs/orchestration', diagrams: false},
  {name: 'glossary', path: 'docs/glossary', diagrams: false},
  {name: 'CNCF projects (data page)', path: 'docs/cloud-native/cncf-projects', diagrams: false},
  {name: 'CNCF maturity (adoption curve)', path: 'docs/cloud-native/cncf', diagrams: false},
  {name: 'service-mesh comparison (2026)', path: 'docs/service-mesh/implementations', diagrams: false},
  {name: '2018 → 2026 changes', path: 'docs/about/changes-since-2018', diagrams: false},
  {name: 'doc page with diagram', path: 'docs/orchestration/kubernetes', diagrams: true},
  {name: 'pattern page with diagram', path: 'docs/patterns/circuit-breaker', diagrams: true},
] as const;

export interface PageWeight {
  readonly name: string;
  readonly path: string;
  readonly diagrams: boolean;
  readonly scripts: number;
  readonly jsRaw: number;
  readonly jsGzip: number;
  readonly mermaid: boolean;
  readonly searchIndexBeforeFocus: boolean;
  /** Whether a script it loaded holds the CNCF project records. */
  readonly cncfData: boolean;
}

/**
 * JS a page requests until it has rendered and the network is quiet, with sizes gzipped as a server would send
 * them. "Network idle" alone is not enough: evaluating main.js on a busy machine can take longer than the idle
 * window, and the route's chunks are only requested afterwards. So wait for Docusaurus to start rendering
 * (window.docusaurusRoot is set once the route's chunks are loaded), then for 500 ms without a request in flight.
 */
export async function weighPage(browser: Browser, siteUrl: string, page: Pick<PageWeight, 'name' | 'path' | 'diagrams'>): Promise<PageWeight> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const bodies: Array<Promise<{url: string; body: Buffer}>> = [];
  let pagefind = false;
  let inFlight = 0;
  let lastActivity = Date.now();
  const onRequest = () => {
    inFlight += 1;
    lastActivity = Date.now();
  };
  const onDone = () => {
    inFlight -= 1;
    lastActivity = Date.now();
  };
  const onResponse = (response: Response) => {
    const url = response.url();
    if (url.includes('/pagefind/')) pagefind = true;
    if (response.request().resourceType() === 'script') bodies.push(response.body().then((body) => ({url, body})));
  };
  tab.on('request', onRequest);
  tab.on('requestfinished', onDone);
  tab.on('requestfailed', onDone);
  tab.on('response', onResponse);
  await tab.goto(new URL(page.path, siteUrl).toString(), {waitUntil: 'networkidle'});
  await tab.waitForFunction(() => 'docusaurusRoot' in window, undefined, {timeout: 60_000});
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && (inFlight > 0 || Date.now() - lastActivity < 500)) await tab.waitForTimeout(100);
  // Stop listening first: a script arriving later would ask for its body after the context is closed
  // (an unhandled rejection that ends the process).
  tab.off('response', onResponse);
  const fetched = await Promise.all(bodies);
  const searchIndexBeforeFocus = pagefind || fetched.some((f) => isSearchIndex(f.url, f.body));
  const scripts = fetched.map((f) => f.body);
  await context.close();
  return {
    ...page,
    scripts: scripts.length,
    jsRaw: scripts.reduce((n, b) => n + b.length, 0),
    jsGzip: scripts.reduce((n, b) => n + gzipSync(b).length, 0),
    mermaid: scripts.some((b) => /flowchart-v2|sequenceDiagram|langium/.test(b.toString('latin1'))),
    searchIndexBeforeFocus,
    cncfData: scripts.some((b) => b.toString('latin1').includes(CNCF_DATA_MARKER)),
  };
}

/** True when focusing the search box fetches its index (and not before: see weighPage). */
async function searchIndexOnFocus(browser: Browser, siteUrl: string): Promise<boolean> {
  const tab = await browser.newPage();
  await tab.goto(new URL('docs/cloud-native', siteUrl).toString(), {waitUntil: 'networkidle'});
  const fetched = tab
    .waitForResponse(async (r) => r.request().resourceType() === 'script' && isSearchIndex(r.url(), await r.body()), {timeout: 10_000})
    .then(
    () => true,
    () => false,
  );
  await tab.locator('.navbar__search-input').focus();
  const result = await fetched;
  await tab.close();
  return result;
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

async function main(): Promise<void> {
  readFileSync(path.join(BUILD, 'index.html'));
  const {siteUrl, stop} = await serveBuild(BUILD, '/');
  const browser = await launchChromium();
  const failures: string[] = [];
  try {
    const weights: PageWeight[] = [];
    for (const page of PAGES) weights.push(await weighPage(browser, siteUrl, page));
    const plain = weights.filter((w) => !w.diagrams);
    const baseline = Math.max(...plain.filter((w) => w.path.startsWith('docs/')).map((w) => w.jsGzip));
    console.log('page                              scripts   JS raw      JS gzip');
    for (const w of weights) {
      console.log(`${w.name.padEnd(34)}${String(w.scripts).padStart(7)}${kb(w.jsRaw).padStart(11)}${kb(w.jsGzip).padStart(12)}`);
      if (!w.diagrams && w.jsGzip > BUDGETS.jsNoDiagrams) failures.push(`${w.name} (/${w.path}) loads ${kb(w.jsGzip)} of JS gzipped, budget ${kb(BUDGETS.jsNoDiagrams)}`);
      if (w.diagrams && w.jsGzip - baseline > BUDGETS.diagramExtra) {
        failures.push(`${w.name} (/${w.path}) loads ${kb(w.jsGzip - baseline)} more JS than pages without diagrams, budget ${kb(BUDGETS.diagramExtra)}`);
      }
      if (w.mermaid) failures.push(`${w.name} (/${w.path}) loads Mermaid code`);
      if (w.path === CNCF_PROJECTS_PAGE && !w.cncfData) failures.push(`${w.name} (/${w.path}) does not load the CNCF records: is the marker still in them?`);
      if (w.path !== CNCF_PROJECTS_PAGE && w.cncfData) failures.push(`${w.name} (/${w.path}) loads the CNCF project records`);
      if (w.searchIndexBeforeFocus) failures.push(`${w.name} (/${w.path}) fetches the search index before the search box is focused`);
    }
    if (!(await searchIndexOnFocus(browser, siteUrl))) failures.push('focusing the search box does not fetch the search index');
    const html = listFiles(BUILD, /\.html$/).map((file) => ({file: path.relative(BUILD, file), size: statSync(file).size}));
    const budgetOf = (file: string) => HTML_EXCEPTIONS[file] ?? BUDGETS.html;
    const largest = html.filter((h) => !(h.file in HTML_EXCEPTIONS)).reduce((a, b) => (b.size > a.size ? b : a));
    console.log(`HTML: ${html.length} files, largest ${largest.file} ${kb(largest.size)} (budget ${kb(BUDGETS.html)})`);
    for (const [file, budget] of Object.entries(HTML_EXCEPTIONS)) {
      const size = html.find((h) => h.file === file)?.size;
      if (size === undefined) failures.push(`${file}, listed in HTML_EXCEPTIONS, is not in the build`);
      else console.log(`HTML: ${file} ${kb(size)}, ${kb(gzipSync(readFileSync(path.join(BUILD, file))).length)} gzipped (budget ${kb(budget)})`);
    }
    for (const {file, size} of html) if (size > budgetOf(file)) failures.push(`${file} is ${kb(size)} of HTML, budget ${kb(budgetOf(file))}`);
  } finally {
    await browser.close();
    stop();
  }
  if (failures.length > 0) {
    console.error(`\nBudgets exceeded:\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
  console.log('All budgets met.');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
