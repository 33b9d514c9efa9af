import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {fileBrowser, hydrated} from './browser';
import {siteUrl, sitemapUrls} from './site';

const browser = fileBrowser();

/** Collects console errors and uncaught exceptions of a page. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
  return errors;
}

const urls = sitemapUrls();

describe('every page of sitemap.xml', () => {
  it('lists the home page and every doc page', () => {
    expect(urls.length).toBeGreaterThanOrEqual(21);
    expect(urls).toContain(siteUrl(''));
    expect(urls).toContain(siteUrl('docs/orchestration/kubernetes'));
  });

  it.each(urls)('%s answers 200, renders its <h1> and logs no error', async (url) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    await hydrated(page);
    const h1 = page.locator('h1');
    await expect.poll(() => h1.count()).toBe(1);
    expect((await h1.innerText()).trim().length).toBeGreaterThan(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans');
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(urls)('%s does not scroll sideways at 375 px', async (url) => {
    const context = await browser.newContext({viewport: {width: 375, height: 812}, isMobile: true, hasTouch: true});
    const page = await context.newPage();
    await page.goto(url);
    await hydrated(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe('site chrome', () => {
  it('the dark-mode toggle switches data-theme', async () => {
    const context = await browser.newContext({colorScheme: 'light'});
    const page = await context.newPage();
    await page.goto(siteUrl('docs/cloud-native'), {waitUntil: 'networkidle'});
    await hydrated(page);
    const html = page.locator('html');
    expect(await html.getAttribute('data-theme')).toBe('light');
    // The toggle cycles system → light → dark; its label is Chinese in every state.
    const toggle = page.getByRole('button', {name: /^切换浅色\/暗黑模式（当前为.+）$/});
    const seen: string[] = [];
    for (let click = 0; click < 3 && (await html.getAttribute('data-theme')) !== 'dark'; click++) {
      seen.push((await toggle.getAttribute('aria-label')) ?? '');
      await toggle.click();
    }
    expect(await html.getAttribute('data-theme')).toBe('dark');
    expect(seen.join(' ')).not.toMatch(/system mode/);
    await page.reload();
    expect(await html.getAttribute('data-theme')).toBe('dark');
    await context.close();
  });

  it('an unknown URL shows the Chinese 404 page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(siteUrl('docs/no-such-page'), {waitUntil: 'networkidle'});
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.locator('h1').innerText()).toContain('找不到页面');
    await context.close();
  });
});
