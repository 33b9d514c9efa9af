import AxeBuilder from '@axe-core/playwright';
import type {Page} from 'playwright-core';
import {beforeAll, describe, expect, it} from 'vitest';
import {fileBrowser, hydrated} from './browser';
import {sitemapUrls} from './site';

const MODES = ['light', 'dark'] as const;
type Mode = (typeof MODES)[number];

const browser = fileBrowser();
const pages = {} as Record<Mode, Page>;

/** One tab per colour mode, reused for every page (a fresh context per page made 148 runs take over 15 minutes). */
beforeAll(async () => {
  for (const mode of MODES) pages[mode] = await (await browser.newContext({colorScheme: mode})).newPage();
});

async function violations(page: Page, url: string, mode: Mode): Promise<string[]> {
  await page.goto(url);
  await hydrated(page);
  // The theme follows the system's colour scheme when the reader has not chosen one.
  expect(await page.locator('html').getAttribute('data-theme')).toBe(mode);
  const result = await new AxeBuilder({page}).analyze();
  return result.violations.map((v) => `${mode}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(' | ')}`);
}

/** axe-core (WCAG 2.x A/AA rules and best practices) on every page of sitemap.xml, in light and in dark mode. */
describe('accessibility of every page (axe)', () => {
  const urls = sitemapUrls();

  it('covers every page of the sitemap', () => {
    expect(urls.length).toBeGreaterThanOrEqual(70);
  });

  it.each(urls)('%s has no violation in light or dark mode', async (url) => {
    // Both modes at once: each tab has its own renderer process, and the machine has two cores.
    const found = await Promise.all(MODES.map((mode) => violations(pages[mode], url, mode)));
    expect(found.flat()).toEqual([]);
  });
});
