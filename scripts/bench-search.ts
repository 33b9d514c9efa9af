/**
 * npm run bench:search [-- --site DIR] — how fast and how well the site's search answers, on a production build
 * (build/ unless --site names another, e.g. an older build to compare with):
 *   - the navbar box's first suggestion for 熔断, from the tap, on Lighthouse's throttled phone profile and on a
 *     desktop: milliseconds and bytes transferred, median of 5 cold loads each;
 *   - later keystrokes: from an input event to the updated list, median of 20;
 *   - the /search page's first full-text results for 熔断, desktop and phone, median of 3 cold loads each;
 *   - the indexes' size on disk;
 *   - relevance on the query table of tests/e2e/search-cases.ts: expected page in the first three, and first.
 * Times vary with the machine and are reported, not asserted; tests/e2e/search.test.ts asserts the bytes.
 *
 * --from PATH uses the box on another page than docs/cloud-native. --save NAME --label TEXT also records the figures as NAME in src/data/search-bench.ts (the about page's table),
 * keeping the other names there: e.g. `--site .tmp/before/build --save before --label "…"` for an older build.
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import type {Browser, Page} from 'playwright-core';
import {launchChromium} from '../build-tools/chromium';
import {listFiles} from '../build-tools/docs';
import {serveBuild} from '../build-tools/serve';
import {PHONE, SEARCH_CASES} from '../tests/e2e/search-cases';
import {searchBench} from '../src/data/search-bench';
import {searchBenchSiteSchema, type SearchBenchSite} from '../src/data/schema';

const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const SITE = path.resolve(arg('--site') ?? 'build');
const SAVE = arg('--save');
const LABEL = arg('--label');
/** The page the box is used on (a build whose index is split by section answers from that section only). */
const FROM = arg('--from') ?? 'docs/cloud-native';
if (SAVE && !LABEL) throw new Error('--save NAME needs --label TEXT: what was measured, for readers');
const QUERY = '熔断';
const INPUT = '.navbar .navbar__search-input';
const OPTION = '[role="listbox"] [role="option"]';

type Profile = 'phone' | 'desktop';

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

interface ColdPage {
  readonly page: Page;
  /** Throttles (on the phone profile) and starts counting bytes: called once the page itself has loaded. */
  start(): Promise<void>;
  bytes(): number;
  close(): Promise<void>;
}

/** A page in a new browser context: nothing cached. */
async function coldPage(browser: Browser, profile: Profile): Promise<ColdPage> {
  const context = await browser.newContext(
    profile === 'phone' ? {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true} : {viewport: {width: 1280, height: 900}},
  );
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  let counting = false;
  let total = 0;
  // Encoded bytes of every response, the workers' included (the old plugin's index and Pagefind load in workers).
  context.on('requestfinished', (request) => {
    if (!counting) return;
    void request.sizes().then(
      (sizes) => (total += sizes.responseBodySize + sizes.responseHeadersSize),
      () => undefined,
    );
  });
  return {
    page,
    async start() {
      if (profile === 'phone') {
        await cdp.send('Network.emulateNetworkConditions', {offline: false, ...PHONE});
        await cdp.send('Emulation.setCPUThrottlingRate', {rate: PHONE.cpu});
      }
      counting = true;
    },
    bytes: () => total,
    close: () => context.close(),
  };
}

/** From the tap (or click) on the navbar box to the first suggestion of QUERY. */
async function firstSuggestion(browser: Browser, siteUrl: string, profile: Profile): Promise<{ms: number; bytes: number}> {
  const cold = await coldPage(browser, profile);
  const {page} = cold;
  await page.goto(new URL(FROM, siteUrl).toString(), {waitUntil: 'networkidle'});
  await page.waitForFunction(() => 'docusaurusRoot' in window);
  await page.waitForTimeout(300);
  await cold.start();
  const started = Date.now();
  if (profile === 'phone') await page.locator(INPUT).tap();
  else await page.locator(INPUT).click();
  await page.keyboard.insertText(QUERY);
  await page.locator(OPTION).first().waitFor({timeout: 60_000});
  const ms = Date.now() - started;
  // Let the responses in flight finish, so their bytes are counted.
  await page.waitForTimeout(profile === 'phone' ? 1500 : 300);
  const bytes = cold.bytes();
  await cold.close();
  return {ms, bytes};
}

/** From an input event to the list's update, measured in the page. */
async function laterKeystrokes(browser: Browser, siteUrl: string): Promise<number[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL(FROM, siteUrl).toString(), {waitUntil: 'networkidle'});
  await page.locator(INPUT).click();
  await page.keyboard.insertText('服务');
  await page.locator(OPTION).first().waitFor({timeout: 30_000});
  const times: number[] = [];
  const words = ['服务网', '服务网格', '服务', 'side', 'sidec', 'sidecar', 'k8s', 'kub', 'kube', 'kuber', '断路', '断路器', 'dlq', 'du', 'duan', '分库', '分库分表', 'saga', 'cq', 'cqrs'];
  for (const word of words) {
    times.push(
      await page.evaluate(
        ([sel, w]) =>
          new Promise<number>((resolve) => {
            const input = document.querySelector<HTMLInputElement>(sel)!;
            const list = document.querySelector('[role="listbox"]')?.parentElement ?? document.body;
            const t0 = performance.now();
            const observer = new MutationObserver(() => {
              observer.disconnect();
              resolve(performance.now() - t0);
            });
            observer.observe(list, {childList: true, subtree: true, characterData: true, attributes: true});
            Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, w);
            input.dispatchEvent(new Event('input', {bubbles: true}));
            // Nothing changed in the list (the same suggestions): count the time to the next frame instead.
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
          }),
        [INPUT, word] as const,
      ),
    );
  }
  await context.close();
  return times;
}

/** From opening /search?q=QUERY to its first full-text hit (a link in the page's main content). */
async function searchPage(browser: Browser, siteUrl: string, profile: Profile): Promise<{ms: number; bytes: number}> {
  const cold = await coldPage(browser, profile);
  const {page} = cold;
  await page.goto(new URL(FROM, siteUrl).toString(), {waitUntil: 'networkidle'});
  await cold.start();
  const started = Date.now();
  await page.goto(`${new URL('search', siteUrl)}?q=${encodeURIComponent(QUERY)}`);
  await page.locator('main ol a[href*="/docs/"], main article a[href*="/docs/"]').first().waitFor({timeout: 30_000});
  const ms = Date.now() - started;
  await page.waitForTimeout(profile === 'phone' ? 1500 : 300);
  const bytes = cold.bytes();
  await cold.close();
  return {ms, bytes};
}

/** The site paths the first three options lead to: their data-url, or (older boxes) where each one opens. */
async function topThree(page: Page, siteUrl: string, query: string): Promise<string[]> {
  const base = new URL(siteUrl).pathname.replace(/\/$/, '');
  const input = page.locator(INPUT);
  const typeQuery = async () => {
    await input.fill('');
    await input.focus();
    await input.fill(query);
    return page
      .locator(OPTION)
      .first()
      .waitFor({timeout: 5_000})
      .then(
        () => true,
        () => false,
      );
  };
  if (!(await typeQuery())) return [];
  await page.waitForTimeout(150);
  const data = await page.locator(OPTION).evaluateAll((els) => els.map((el) => el.getAttribute('data-url')));
  if (data.every((u) => u !== null)) return (data as string[]).slice(0, 3);
  const urls: string[] = [];
  const count = Math.min(3, await page.locator(OPTION).count());
  const start = page.url();
  for (let rank = 0; rank < count; rank++) {
    if (rank > 0 && !(await typeQuery())) break;
    for (let i = 0; i <= rank; i++) await input.press('ArrowDown');
    await input.press('Enter');
    await page.waitForFunction((u) => location.href !== u, start, {timeout: 5_000}).catch(() => undefined);
    const url = new URL(page.url());
    urls.push((url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname) + url.hash);
    await page.goto(start, {waitUntil: 'networkidle'});
  }
  return urls;
}

async function relevance(browser: Browser, siteUrl: string): Promise<{top3: number; first: number; misses: string[]}> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL(FROM, siteUrl).toString(), {waitUntil: 'networkidle'});
  let top3 = 0;
  let first = 0;
  const misses: string[] = [];
  const matches = (url: string, expected: string) => (expected.includes('#') ? url === expected : url.split('#')[0] === expected);
  for (const [query, expected] of SEARCH_CASES) {
    const urls = await topThree(page, siteUrl, query);
    if (urls.some((u) => matches(u, expected))) top3++;
    else misses.push(`${query} → ${urls.join(', ') || '(nothing)'}`);
    if (urls[0] && matches(urls[0], expected)) first++;
  }
  await context.close();
  return {top3, first, misses};
}

function sizeOnDisk(): Array<[string, number, number]> {
  const rows: Array<[string, number, number]> = [];
  const dirSize = (dir: string): [number, number] => {
    let raw = 0;
    let gz = 0;
    for (const file of listFiles(dir, /./)) {
      const body = readFileSync(file);
      raw += body.length;
      // Pagefind's index files are gzipped already.
      gz += /\.pf_|\.pagefind$/.test(file) ? body.length : gzipSync(body).length;
    }
    return [raw, gz];
  };
  const js = path.join(SITE, 'assets/js');
  for (const name of readdirSync(js)) {
    const body = readFileSync(path.join(js, name));
    if (body.toString('latin1').includes('"pinyin":[')) rows.push(['suggestion index', body.length, gzipSync(body).length]);
  }
  if (existsSync(path.join(SITE, 'pagefind'))) rows.push(['Pagefind full-text index', ...dirSize(path.join(SITE, 'pagefind'))]);
  // docusaurus-search-local: one index, or one per section (searchContextByPaths), summed, and the largest one.
  const plugin = readdirSync(SITE)
    .filter((n) => /^search-index.*\.json$/.test(n))
    .map((n) => readFileSync(path.join(SITE, n)))
    .map((body) => [body.length, gzipSync(body).length] as const);
  if (plugin.length) rows.push(['docusaurus-search-local index', plugin.reduce((a, p) => a + p[0], 0), plugin.reduce((a, p) => a + p[1], 0)]);
  if (plugin.length > 1) rows.push(['largest docusaurus-search-local section index', ...plugin.reduce((a, p) => (p[1] > a[1] ? p : a))]);
  return rows;
}

const round = (n: number, digits = 1) => Number(n.toFixed(digits));

/** Writes src/data/search-bench.ts with `site` as `name`, the other records kept. */
function save(name: string, site: SearchBenchSite): void {
  const all = {...searchBench, [name]: searchBenchSiteSchema.parse(site)};
  const file = path.join(__dirname, '../src/data/search-bench.ts');
  writeFileSync(
    file,
    `// Written by npm run bench:search -- --save NAME; do not edit by hand.\nimport type {SearchBenchSite} from './schema';\n\nexport const searchBench: Readonly<Record<string, SearchBenchSite>> = ${JSON.stringify(all, null, 2)};\n`,
  );
  console.log(`\nsaved as "${name}" in ${path.relative(process.cwd(), file)}`);
}

async function main(): Promise<void> {
  const {siteUrl, stop} = await serveBuild(SITE, '/');
  const browser = await launchChromium();
  try {
    console.log(`search bench on ${SITE}, box used on /${FROM}, query "${QUERY}"\n`);
    const box: Record<Profile, {ms: number; kb: number}> = {phone: {ms: 0, kb: 0}, desktop: {ms: 0, kb: 0}};
    for (const profile of ['phone', 'desktop'] as const) {
      const runs = [];
      for (let i = 0; i < 5; i++) runs.push(await firstSuggestion(browser, siteUrl, profile));
      box[profile] = {ms: Math.round(median(runs.map((r) => r.ms))), kb: round(median(runs.map((r) => r.bytes)) / 1024)};
      console.log(
        `box, first suggestion, ${profile.padEnd(7)}: median ${box[profile].ms} ms, ${box[profile].kb} KB transferred (runs: ${runs.map((r) => r.ms).join(', ')} ms)`,
      );
    }
    const later = await laterKeystrokes(browser, siteUrl);
    console.log(`box, later keystrokes          : median ${median(later).toFixed(1)} ms, max ${Math.max(...later).toFixed(1)} ms over ${later.length}`);
    const page: Record<Profile, {ms: number; kb: number} | null> = {phone: null, desktop: null};
    for (const profile of ['phone', 'desktop'] as const) {
      const runs = [];
      for (let i = 0; i < 3; i++) {
        const run = await searchPage(browser, siteUrl, profile).catch(() => null);
        if (!run) break;
        runs.push(run);
      }
      // A set-up whose /search page finds nothing (an index split by section has no context there).
      page[profile] = runs.length ? {ms: Math.round(median(runs.map((r) => r.ms))), kb: round(median(runs.map((r) => r.bytes)) / 1024)} : null;
      console.log(`/search page, first hit, ${profile.padEnd(7)}: ${page[profile] ? `median ${page[profile].ms} ms, ${page[profile].kb} KB transferred` : 'no hit within 30 s'}`);
    }
    const indexes = sizeOnDisk();
    for (const [name, raw, gz] of indexes) console.log(`size on disk: ${name}: ${kb(raw)}, ${kb(gz)} gzipped`);
    const r = await relevance(browser, siteUrl);
    console.log(`relevance: ${r.top3}/${SEARCH_CASES.length} in the first three, ${r.first}/${SEARCH_CASES.length} first`);
    for (const miss of r.misses) console.log(`  missed: ${miss}`);
    if (SAVE) {
      save(SAVE, {
        date: new Date().toISOString(),
        label: LABEL!,
        machine: {cpus: os.cpus().length, memoryGiB: round(os.totalmem() / 1024 ** 3), chromium: browser.version()},
        boxPhone: box.phone,
        boxDesktop: box.desktop,
        laterKeystrokeMs: round(median(later)),
        pagePhone: page.phone,
        pageDesktop: page.desktop,
        indexes: indexes.map(([name, raw, gz]) => ({name, kb: round(raw / 1024), gzipKB: round(gz / 1024)})),
        relevance: {top3: r.top3, first: r.first, queries: SEARCH_CASES.length},
      });
    }
  } finally {
    await browser.close();
    stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
