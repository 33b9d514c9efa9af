import AxeBuilder from '@axe-core/playwright';
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {launchChromium} from './browser';
import {sitemapUrls} from './site';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** axe-core (WCAG 2.x A/AA and best practices) on every page of sitemap.xml, in light and in dark mode. */
describe('accessibility of every page (axe)', () => {
  const cases = sitemapUrls().flatMap((url) => [[url, 'light'] as const, [url, 'dark'] as const]);

  it.each(cases)('%s (%s) has no violation', async (url, colorScheme) => {
    const context = await browser.newContext({colorScheme});
    const page = await context.newPage();
    await page.goto(url, {waitUntil: 'networkidle'});
    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
    const {violations} = await new AxeBuilder({page}).analyze();
    await context.close();
    expect(violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(' | ')}`)).toEqual([]);
  });
});
