import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {fileBrowser, hydrated} from './browser';
import {variantSite} from './variant';

/**
 * The site built for a sub-path, as a team would host it on an intranet: BASE_URL=/kb/ and a real SITE_URL.
 * Builds into .tmp/build-kb (about 25 s), serves it, and walks it in Chromium.
 */
const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, '.tmp/build-kb');
const SITE = 'https://kb.example.org';
const ISSUES = 'https://git.example.org/kb/issues/new?template=fix.md';

const browser = fileBrowser();
const site = variantSite(browser, OUT, {BASE_URL: '/kb/', SITE_URL: SITE, ISSUE_URL: ISSUES});

const at = (p: string) => new URL(p, site.base).toString();

describe('site built with BASE_URL=/kb/', () => {
  it('serves the home page and every asset under /kb/, and navigates to a chapter', async () => {
    await site.page.goto(site.base);
    await hydrated(site.page);
    expect(await site.page.locator('h1').count()).toBeGreaterThan(0);
    await site.page.locator('main a[href="/kb/docs/orchestration"]').first().click();
    await site.page.waitForURL(at('docs/orchestration'));
    expect(await site.page.locator('article h1').innerText()).toBe('容器编排');
    expect(site.problems).toEqual([]);
  });

  it('puts SITE_URL + /kb/ in canonical URLs, og:url and the sitemap', async () => {
    await site.page.goto(at('docs/patterns/circuit-breaker'));
    expect(await site.page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${SITE}/kb/docs/patterns/circuit-breaker`);
    expect(await site.page.locator('meta[property="og:url"]').getAttribute('content')).toBe(`${SITE}/kb/docs/patterns/circuit-breaker`);
    const sitemap = readFileSync(path.join(OUT, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThanOrEqual(70);
    expect(locs.every((l) => l.startsWith(`${SITE}/kb/`))).toBe(true);
  });

  it('links no PDF, since this build had no PDF step (npm run pdf)', async () => {
    await site.page.goto(at('docs/orchestration/kubernetes'));
    expect(await site.page.locator('a[href$=".pdf"]').count()).toBe(0);
    expect(await site.page.getByText('下载 PDF').count()).toBe(0);
    await site.page.goto(at('docs/about'));
    expect(await site.page.locator('a[href$=".pdf"]').count()).toBe(0);
    expect(await site.page.getByText('这一版网站构建时没有生成 PDF。').count()).toBe(1);
  });

  it('searches from the /kb/ index and opens the hit under /kb/', async () => {
    await site.page.goto(at('docs/cloud-native'));
    const input = site.page.locator('.navbar .navbar__search-input');
    await input.focus();
    await input.fill('熔断');
    await site.page.locator('[role="listbox"] [role="option"]').first().waitFor({timeout: 15_000});
    await site.page.locator('[role="listbox"] [role="option"]', {hasText: '断路器（Circuit Breaker）'}).first().click();
    await site.page.waitForURL((url) => url.pathname === '/kb/docs/patterns/circuit-breaker');
    // The full-text index was built with the base URL: its hits link under /kb/, and the terms are marked there.
    await site.page.goto(`${at('search')}?q=${encodeURIComponent('失败累积')}`);
    const hits = site.page.locator('main ol a');
    await hits.first().waitFor({timeout: 15_000});
    expect((await hits.evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''))).every((h) => h.startsWith('/kb/docs/'))).toBe(true);
    const hit = site.page.locator('main ol a[href^="/kb/docs/service-mesh/implementations?_highlight="]').first();
    await hit.click();
    await site.page.waitForURL((url) => url.pathname === '/kb/docs/service-mesh/implementations');
    await expect.poll(() => site.page.locator('article mark').count(), {timeout: 10_000}).toBeGreaterThan(0);
    expect(site.problems).toEqual([]);
  });

  it('writes llms.txt, the Markdown copies, the data files, the feed and the service worker for /kb/', async () => {
    const read = (rel: string) => readFileSync(path.join(OUT, rel), 'utf8');
    const llms = read('llms.txt');
    expect(llms).toContain(`](${SITE}/kb/docs/patterns/sidecar.md)`);
    expect([...llms.matchAll(/\]\((https?:[^)]+)\)/g)].every((m) => m[1]!.startsWith(`${SITE}/kb/`))).toBe(true);
    expect(read('docs/patterns/sidecar.md')).toContain(`url: ${SITE}/kb/docs/patterns/sidecar\n`);
    expect(JSON.parse(read('data/patterns.json')).$schema).toBe(`${SITE}/kb/data/patterns.schema.json`);
    expect(read('changes.atom')).toContain(`href="${SITE}/kb/docs/about/changelog#site-changes"`);
    expect(read('docs/patterns/sidecar.html')).toMatch(/href="?\/kb\/changes\.atom"?/);
    expect(read('docs/patterns/sidecar.html')).toMatch(/rel="?manifest"? href="?\/kb\/manifest\.json"?/);
    // The service worker lists the pages relative to its own /kb/ scope.
    const precached = [...read('sw.js').matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
    expect(precached).toEqual(expect.arrayContaining(['docs/patterns/sidecar', 'pagefind/pagefind.js']));
    const res = await fetch(at('docs/patterns/sidecar.md'));
    expect(res.status).toBe(200);
  });

  it('redirects /kb/p/<pattern> and the renamed Strangler URL', async () => {
    await site.page.goto(at('p/circuit-breaker'));
    await site.page.waitForURL((url) => url.pathname === '/kb/docs/patterns/circuit-breaker');
    await site.page.goto(at('docs/patterns/strangler'));
    await site.page.waitForURL((url) => url.pathname === '/kb/docs/patterns/strangler-fig');
  });

  it('links glossary terms, copy-link and the 404 page under /kb/', async () => {
    await site.page.goto(at('docs/cloud-native/cncf'));
    expect(await site.page.getByRole('link', {name: '沙箱', exact: true}).getAttribute('href')).toBe('/kb/docs/glossary#cncf-sandbox');
    await site.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {origin: new URL(site.base).origin});
    await hydrated(site.page);
    await site.page.getByRole('button', {name: '复制链接'}).first().click();
    await expect.poll(() => site.page.evaluate(() => navigator.clipboard.readText())).toBe(`[CNCF 简介与项目成熟度级别 - 云原生架构知识库](${SITE}/kb/docs/cloud-native/cncf)`);
    site.problems.length = 0;
    const response = await site.page.goto(at('no-such-page'));
    expect(response?.status()).toBe(404);
    expect(await site.page.locator('h1').innerText()).toContain('找不到');
  });

  it('with ISSUE_URL, every doc page links "报告问题" to a new issue that names the page by its canonical URL', async () => {
    await site.page.goto(at('docs/orchestration/mesos'));
    await hydrated(site.page);
    const link = site.page.getByRole('link', {name: /^报告问题/});
    expect(await link.getAttribute('target')).toBe('_blank');
    const href = new URL((await link.getAttribute('href'))!);
    expect(`${href.origin}${href.pathname}`).toBe('https://git.example.org/kb/issues/new');
    expect(href.searchParams.get('template')).toBe('fix.md');
    expect(href.searchParams.get('title')).toBe('[勘误] Mesos');
    expect(href.searchParams.get('body')).toContain(`${SITE}/kb/docs/orchestration/mesos`);
  });

  it('the 404 page under /kb/ suggests the page a typo meant', async () => {
    await site.page.goto(at('docs/patterns/sidcar'));
    await hydrated(site.page);
    const first = site.page.locator('main ol a').first();
    await first.waitFor({timeout: 10_000});
    expect(await first.getAttribute('href')).toBe('/kb/docs/patterns/sidecar');
    expect(await site.page.locator('main form[role="search"]').getAttribute('action')).toBe('/kb/search');
  });
});
