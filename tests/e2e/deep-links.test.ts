import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {fileBrowser, hydrated} from './browser';
import {siteUrl} from './site';

const browser = fileBrowser();

/**
 * Where the element with `id` is once the page has scrolled to it: on screen below the navbar, and what a reader sees
 * at its first line (document.elementFromPoint) is the element itself or inside it, not a sticky bar over it.
 */
function landing(page: Page, id: string) {
  return page.evaluate((targetId) => {
    const el = document.getElementById(targetId);
    if (!el) return {found: false, top: NaN, navbarBottom: NaN, viewport: innerHeight, hit: ''};
    const rect = el.getBoundingClientRect();
    const navbarBottom = document.querySelector('.navbar')!.getBoundingClientRect().bottom;
    const x = rect.left + Math.min(12, rect.width / 2);
    const y = rect.top + Math.min(8, rect.height / 2);
    const hit = document.elementFromPoint(x, y);
    return {
      found: true,
      top: rect.top,
      navbarBottom,
      viewport: innerHeight,
      hit: hit && (hit === el || el.contains(hit)) ? 'target' : (hit?.outerHTML.slice(0, 100) ?? 'nothing'),
    };
  }, id);
}

const TARGETS = [
  ['docs/glossary', 'pod'],
  ['docs/glossary', 'cncf-sandbox'],
  ['docs/glossary', 'twelve-factor-app'],
  ['docs/glossary', 'letter-k'],
  ['docs/glossary/patterns', 'circuit-breaker'],
  ['docs/glossary/patterns', 'sidecar'],
  ['docs/orchestration/kubernetes', 'concepts'],
  ['docs/patterns/circuit-breaker', 'solution'],
  ['docs/architecture/twelve-factor', 'config'],
  ['docs/orchestration', 'orchestrators'],
  ['docs/patterns', 'retry'],
] as const;

const SETUPS = [
  {name: 'desktop, light', viewport: {width: 1280, height: 900}, isMobile: false, colorScheme: 'light'},
  {name: 'phone, dark', viewport: {width: 390, height: 844}, isMobile: true, colorScheme: 'dark'},
] as const;

describe('deep links land on their target', () => {
  for (const {name, viewport, isMobile, colorScheme} of SETUPS) {
    it(`${name}: every sampled page#id shows its target below the navbar, uncovered`, async () => {
      const context = await browser.newContext({viewport, isMobile, hasTouch: isMobile, colorScheme});
      const problems: string[] = [];
      for (const [path, id] of TARGETS) {
        const page = await context.newPage();
        await page.goto(`${siteUrl(path)}#${id}`);
        await hydrated(page);
        await page.waitForTimeout(300);
        const at = await landing(page, id);
        if (!at.found) problems.push(`${path}#${id}: no such element`);
        else if (at.top < at.navbarBottom - 1 || at.top > at.viewport - 20) problems.push(`${path}#${id}: top at ${at.top} px (navbar ends at ${at.navbarBottom})`);
        else if (at.hit !== 'target') problems.push(`${path}#${id}: covered by ${at.hit}`);
        await page.close();
      }
      await context.close();
      expect(problems).toEqual([]);
    });
  }

  it('a <Term> link lands on its glossary entry, uncovered', async () => {
    const context = await browser.newContext({viewport: {width: 1280, height: 900}});
    const page = await context.newPage();
    await page.goto(siteUrl('docs/cloud-native/cncf'));
    await hydrated(page);
    await page.locator('article a[href$="/docs/glossary#cncf-incubating"]').first().click();
    await page.waitForURL(/\/docs\/glossary#cncf-incubating$/);
    await expect.poll(async () => (await landing(page, 'cncf-incubating')).hit).toBe('target');
    await context.close();
  });
});

describe('glossary filter', () => {
  it('filters the server-rendered list after hydration and keeps the words in ?q=', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(siteUrl('docs/glossary'));
    await hydrated(page);
    const terms = page.locator('article dl dt');
    const all = await terms.count();
    const box = page.getByRole('searchbox', {name: '筛选'});
    await box.fill('Pod');
    await expect.poll(() => terms.count()).toBeLessThan(all);
    expect(await page.locator('dt#pod').count()).toBe(1);
    expect(await page.locator('dt#etcd').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Pod');
    // A pattern alias finds the pattern's name on the terms page.
    await box.fill('熔断');
    await expect.poll(() => page.locator('article section a[href$="/docs/glossary/patterns#circuit-breaker"]').count()).toBe(1);
    await box.fill('没有这个词');
    await expect.poll(() => page.getByText('没有符合条件的术语').count()).toBe(1);
    expect(await page.locator('article a[href*="/search?q="]').getAttribute('href')).toContain(encodeURIComponent('没有这个词'));
    // The filter comes back from the URL.
    await page.goto(`${siteUrl('docs/glossary')}?q=etcd`);
    await hydrated(page);
    await expect.poll(() => terms.count()).toBeLessThan(all);
    expect(await page.locator('dt#etcd').count()).toBe(1);
    await context.close();
  });
});
