import type {Page} from 'playwright-core';
import {beforeAll, describe, expect, it} from 'vitest';
import {axe, fileBrowser, hydrated} from './browser';
import {siteUrl, sitemapUrls} from './site';

/**
 * One pass over every page of sitemap.xml, with three tabs that each page loads in at once (each tab has its own
 * renderer process): light mode (status, <h1>, language, console, axe), dark mode (axe) and a 375 px phone (no
 * sideways scrolling). Two files used to load every page on their own, one of them in a fresh browser context per
 * page and check.
 */
const browser = fileBrowser();
const MODES = ['light', 'dark'] as const;
type Mode = (typeof MODES)[number];

/** One tab per check, and the errors the light tab logged while loading the current page. */
interface Tabs {
  readonly light: Page;
  readonly dark: Page;
  readonly phone: Page;
  readonly errors: string[];
}

// One page at a time: loading two at once, each in its own tabs, was slower (374 s against 342 s), the cores being busy.
let tabs: Tabs;

beforeAll(async () => {
  const [lightTab, darkTab] = await Promise.all(MODES.map(async (mode) => (await browser.newContext({colorScheme: mode})).newPage()));
  const phone = await (await browser.newContext({viewport: {width: 375, height: 812}, isMobile: true, hasTouch: true})).newPage();
  const errors: string[] = [];
  lightTab!.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  lightTab!.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
  tabs = {light: lightTab!, dark: darkTab!, phone, errors};
});

/** axe-core (WCAG 2.x A/AA rules and best practices) on the page in one colour mode. */
async function violations(page: Page, mode: Mode): Promise<string[]> {
  // The theme follows the system's colour scheme when the reader has not chosen one.
  expect(await page.locator('html').getAttribute('data-theme')).toBe(mode);
  const result = await axe(page).analyze();
  return result.violations.map((v) => `${mode}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(' | ')}`);
}

/** The light tab: the page answers 200, renders one <h1>, says it is Chinese, and logs no error; then axe. */
async function light({light: page, errors}: Tabs, url: string): Promise<string[]> {
  errors.length = 0;
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  await hydrated(page);
  const h1 = page.locator('h1');
  await expect.poll(() => h1.count()).toBe(1);
  expect((await h1.innerText()).trim().length).toBeGreaterThan(1);
  expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans');
  const found = await violations(page, 'light');
  expect(errors, url).toEqual([]);
  return found;
}

async function dark({dark: page}: Tabs, url: string): Promise<string[]> {
  await page.goto(url);
  await hydrated(page);
  return violations(page, 'dark');
}

/** The phone tab: how far the page scrolls sideways at 375 px (0 when it does not). */
async function phoneOverflow({phone: page}: Tabs, url: string): Promise<number> {
  await page.goto(url);
  await hydrated(page);
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('every page of sitemap.xml', () => {
  const urls = sitemapUrls();

  it('lists the home page and every doc page', () => {
    expect(urls.length).toBeGreaterThanOrEqual(70);
    expect(urls).toContain(siteUrl(''));
    expect(urls).toContain(siteUrl('docs/orchestration/kubernetes'));
  });

  it('finds a violation where there is one (axe as every page gets it)', async () => {
    await tabs.light.goto(siteUrl('docs/about'));
    await hydrated(tabs.light);
    await tabs.light.evaluate(() => document.querySelector('article')!.insertAdjacentHTML('afterbegin', '<img src="/img/logo.svg">'));
    expect(await violations(tabs.light, 'light')).toEqual([expect.stringMatching(/^light: image-alt \(critical\)/)]);
  });

  it('without JavaScript, a page with tables has no axe violation either (every header keeps its name)', async () => {
    // The page as a reader without JavaScript gets it: its HTML with every <script> removed (axe itself still needs
    // JavaScript in the tab, so it cannot simply be turned off).
    const context = await browser.newContext();
    const page = await context.newPage();
    const url = siteUrl('docs/orchestration');
    await page.route(url, async (route) => {
      const response = await route.fetch();
      await route.fulfill({response, body: (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, '')});
    });
    await page.goto(url);
    expect(await page.locator('html').getAttribute('data-theme')).toBeNull();
    expect(await page.locator('table').count()).toBeGreaterThan(0);
    const result = await axe(page).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    await context.close();
  });

  it.each(urls)('%s answers 200 with its <h1> and no console error, has no axe violation in light or dark mode, and does not scroll sideways at 375 px', async (url) => {
    const [inLight, inDark, overflow] = await Promise.all([light(tabs, url), dark(tabs, url), phoneOverflow(tabs, url)]);
    expect([...inLight, ...inDark]).toEqual([]);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
