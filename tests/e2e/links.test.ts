import type {Browser, BrowserContext, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {siteRedirects} from '../../config/redirects';
import {launchChromium} from './browser';
import {siteUrl} from './site';

let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext();
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
});
afterAll(async () => browser?.close());

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
