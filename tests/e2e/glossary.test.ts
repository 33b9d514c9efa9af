import type {Browser, BrowserContext, Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {glossaryEntries} from '../../src/data/glossary-entries';
import {axe, fileBrowser, hydrated} from './browser';
import {siteUrl} from './site';

const browser = fileBrowser();

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{context: BrowserContext; page: Page; errors: string[]}> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(siteUrl(path));
  await hydrated(page);
  return {context, page, errors};
}

/** The accessible description Chromium computes for the link named `name` (what a screen reader announces). */
async function accessibleDescription(page: Page, name: string): Promise<string | undefined> {
  const cdp = await page.context().newCDPSession(page);
  const {root} = await cdp.send('DOM.getDocument', {depth: 0});
  const {nodes} = await cdp.send('Accessibility.queryAXTree', {nodeId: root.nodeId, accessibleName: name, role: 'link'});
  const node = nodes.find((n) => !n.ignored);
  return node?.description?.value as string | undefined;
}

describe('glossary page', () => {
  it('lists every term with an A–Z index; patterns are named under their letter', async () => {
    const {context, page, errors} = await open('docs/glossary');
    const entries = glossaryEntries();
    expect(await page.locator('article dl dt').count()).toBe(entries.filter((e) => !e.pattern).length);
    expect(await page.locator('dt#pod + dd a[href$="/docs/orchestration/kubernetes#concepts"]').count()).toBe(1);
    await page.getByRole('navigation', {name: '按字母（拼音）索引'}).getByRole('link', {name: 'D', exact: true}).click();
    await page.waitForURL(/#letter-d$/);
    // 断路器 (duanluqi) is named under D and links to its entry on the patterns page.
    const link = page.locator('section:has(h2#letter-d) a[href$="/docs/glossary/patterns#circuit-breaker"]');
    expect(await link.innerText()).toBe('断路器');
    expect(await page.locator('article section a[href*="/docs/glossary/patterns#"]').count()).toBe(entries.filter((e) => e.pattern).length);
    await link.click();
    await page.waitForURL(/\/docs\/glossary\/patterns#circuit-breaker$/);
    await expect.poll(() => page.locator('dt#circuit-breaker').isVisible()).toBe(true);
    expect(await page.locator('article dl dt').count()).toBe(entries.filter((e) => e.pattern).length);
    expect(await page.locator('dt#circuit-breaker + dd a[href$="/docs/patterns/circuit-breaker"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  // axe on both glossary pages, light and dark: tests/e2e/every-page.test.ts.
});

describe('<Term> tooltips', () => {
  const definition = glossaryEntries().find((e) => e.id === 'cncf-sandbox')!.definition;

  it('open on keyboard focus, are announced as the link description, and close with Escape', async () => {
    const {context, page, errors} = await open('docs/cloud-native/cncf');
    const link = page.getByRole('link', {name: '沙箱', exact: true});
    const tip = page.locator(`[id="${await link.getAttribute('aria-describedby')}"]`);
    expect(await tip.getAttribute('role')).toBe('tooltip');
    expect(await tip.isVisible()).toBe(false);
    await link.focus();
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toContain(definition);
    expect(await accessibleDescription(page, '沙箱')).toContain(definition);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('open on hover and link to the glossary entry', async () => {
    const {context, page} = await open('docs/cloud-native/cncf');
    const link = page.getByRole('link', {name: '孵化', exact: true});
    await link.hover();
    expect(await page.locator(`[id="${await link.getAttribute('aria-describedby')}"]`).isVisible()).toBe(true);
    await link.click();
    await page.waitForURL(/\/docs\/glossary#cncf-incubating$/);
    await expect.poll(() => page.locator('dt#cncf-incubating').isVisible()).toBe(true);
    await context.close();
  });

  it('open on the first tap on a touch screen, and follow the link on the second', async () => {
    const {context, page} = await open('docs/cloud-native/cncf', {hasTouch: true, isMobile: true, viewport: {width: 375, height: 740}});
    const link = page.getByRole('link', {name: '毕业', exact: true});
    const tip = page.locator(`[id="${await link.getAttribute('aria-describedby')}"]`);
    await link.tap();
    expect(await tip.isVisible()).toBe(true);
    expect(page.url()).toMatch(/\/docs\/cloud-native\/cncf$/);
    // The sheet stays inside the 375 px viewport.
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await link.tap();
    await page.waitForURL(/\/docs\/glossary#cncf-graduated$/);
    await context.close();
  });

  it('pass axe with a tooltip open (light and dark)', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const {context, page} = await open('docs/cloud-native/cncf', {colorScheme});
      await page.getByRole('link', {name: '沙箱', exact: true}).focus();
      const {violations} = await axe(page).include('article').analyze();
      await context.close();
      expect(violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
});
