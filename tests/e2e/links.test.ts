import type {BrowserContext, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {siteRedirects} from '../../config/redirects';
import {fileBrowser, hydrated} from './browser';
import {siteUrl} from './site';

const browser = fileBrowser();
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  context = await browser.newContext();
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
});

/** Path of the current page without the base URL. */
function sitePath(): string {
  const base = new URL(siteUrl()).pathname.replace(/\/$/, '');
  const url = new URL(page.url());
  return url.pathname.slice(base.length) + url.hash;
}

describe('redirects (config/redirects.ts)', () => {
  const redirects = siteRedirects();

  it('covers a short link for every pattern and the renamed Strangler page', () => {
    expect(redirects.filter((r) => r.from.startsWith('/p/')).length).toBeGreaterThanOrEqual(49);
    expect(redirects).toContainEqual({from: '/docs/patterns/strangler', to: '/docs/patterns/strangler-fig'});
    expect(redirects).toContainEqual({from: '/p/strangler', to: '/docs/patterns/strangler-fig'});
  });

  it.each(redirects.map((r) => [r.from, r.to] as const))('%s lands on %s, a page that exists', async (from, to) => {
    await page.goto(siteUrl(from));
    await page.waitForURL((url) => url.pathname.endsWith(to), {timeout: 10_000});
    expect(sitePath()).toBe(to);
    await expect.poll(() => page.locator('article h1').count()).toBe(1);
    const response = await page.request.get(siteUrl(to));
    expect(response.status()).toBe(200);
  });

  it('keeps the heading anchor: /p/circuit-breaker#solution', async () => {
    await page.goto(`${siteUrl('p/circuit-breaker')}#solution`);
    await page.waitForURL(/\/docs\/patterns\/circuit-breaker#solution$/, {timeout: 10_000});
    expect(sitePath()).toBe('/docs/patterns/circuit-breaker#solution');
    expect(errors).toEqual([]);
  });
});

describe('复制链接', () => {
  let copyContext: BrowserContext;
  let p: Page;

  beforeAll(async () => {
    copyContext = await browser.newContext();
    await copyContext.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: new URL(siteUrl()).origin});
    p = await copyContext.newPage();
    await p.goto(siteUrl('docs/patterns/circuit-breaker'));
    await hydrated(p);
  });
  afterAll(async () => copyContext?.close());

  const clipboard = () => p.evaluate(() => navigator.clipboard.readText());
  /** The clipboard's HTML version, as a rich editor (Confluence, 飞书) would paste it. */
  const clipboardHtml = () =>
    p.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return item?.types.includes('text/html') ? (await item.getType('text/html')).text() : '';
    });
  // The test build keeps the default SITE_URL (http://localhost:3000), so copied links use the address the page is
  // read at (linkOrigin); base-url.test.ts checks that a build with SITE_URL copies its canonical URL.
  const here = () => p.evaluate(() => `${location.origin}${location.pathname}`);

  it('a heading control copies a Markdown link to the heading (and an HTML one), then the plain URL, with a visible confirmation', async () => {
    expect(await p.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/^http:\/\/localhost:3000\//);
    const url = `${await here()}#solution`;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/docs\/patterns\/circuit-breaker#solution$/);
    await p.locator('h2#solution').hover();
    const button = p.getByRole('button', {name: '复制本节链接'}).and(p.locator('h2#solution button'));
    await button.click();
    await expect.poll(clipboard).toBe(`[断路器（Circuit Breaker） › 解决方案 - 云原生架构知识库](${url})`);
    expect(await clipboardHtml()).toBe(`<a href="${url}">断路器（Circuit Breaker） › 解决方案 - 云原生架构知识库</a>`);
    const status = p.locator('h2#solution [role="status"]');
    await expect.poll(() => status.innerText()).toContain('已复制 Markdown 链接');
    expect(await status.getByText('已复制 Markdown 链接').isVisible()).toBe(true);
    await status.getByRole('button', {name: '改为复制纯网址'}).click();
    await expect.poll(clipboard).toBe(url);
    await expect.poll(() => status.innerText()).toContain('已复制网址');
  });

  it('the page control copies a Markdown link to the page', async () => {
    await p.getByRole('button', {name: '复制链接'}).first().click();
    await expect.poll(clipboard).toBe(`[断路器（Circuit Breaker） - 云原生架构知识库](${await here()})`);
  });

  it('is keyboard operable and absent from the server HTML (nothing dead without JavaScript)', async () => {
    const html = await (await p.request.get(siteUrl('docs/patterns/circuit-breaker'))).text();
    expect(html).not.toContain('复制本节链接');
    await p.locator('h2#problem button').focus();
    await p.keyboard.press('Enter');
    await expect.poll(clipboard).toBe(`[断路器（Circuit Breaker） › 问题与背景 - 云原生架构知识库](${await here()}#problem)`);
  });

  it('a table\'s and the explorer\'s copy control keep the current sorting and filters in the link', async () => {
    await p.goto(siteUrl('docs/orchestration'));
    await hydrated(p);
    await p.locator('#orchestrators').getByRole('checkbox', {name: '只看差异'}).check();
    await expect.poll(() => new URL(p.url()).searchParams.get('orchestrators.diff')).toBe('1');
    await p.getByRole('button', {name: /^复制“表格 6 容器编排 K8s\/Mesos\/Swarm 比较”的链接$/}).click();
    await expect.poll(clipboard).toBe(`[容器编排 › 表格 6 容器编排 K8s/Mesos/Swarm 比较 - 云原生架构知识库](${await here()}?orchestrators.diff=1#orchestrators)`);
    await p.goto(`${siteUrl('docs/patterns')}?pillar=security`);
    await hydrated(p);
    await p.getByRole('button', {name: '复制“模式浏览器（含当前筛选）”的链接'}).click();
    await expect.poll(clipboard).toContain(`(${await here()}?pillar=security#explorer)`);
  });
});
