import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {axe, fileBrowser, hydrated} from './browser';
import {siteUrl} from './site';

const browser = fileBrowser();

const BUILD = path.resolve(__dirname, '../../build');

/** The redrawn figures of the seed (图 1 is an SVG component, tested in components.test.ts): page, caption, and a node label the drawing must contain. */
const figures = [
  {path: 'docs/orchestration/kubernetes', caption: '图 2 K8s 结构', label: 'API Server'},
  {path: 'docs/orchestration/mesos', caption: '图 3 Mesos 主从结构', label: 'ZooKeeper'},
  {path: 'docs/orchestration/docker-swarm', caption: '图 4 Docker Swarm 结构', label: '内建 Key-Value 存储'},
] as const;

describe('redrawn figures (pre-rendered Mermaid)', () => {
  it.each(figures)('$path shows $caption in the colour mode of the page', async ({path: pagePath, caption, label}) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({colorScheme});
      const page = await context.newPage();
      const scripts: string[] = [];
      page.on('response', (r) => r.request().resourceType() === 'script' && scripts.push(r.url()));
      await page.goto(siteUrl(pagePath), {waitUntil: 'networkidle'});
      const figure = page.locator('figure', {has: page.locator('figcaption', {hasText: caption})});
      const img = figure.locator('img:visible');
      expect(await img.count()).toBe(1);
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(200);
      const src = (await img.getAttribute('src'))!;
      expect(src).toMatch(new RegExp(`-${colorScheme}\\.svg$`));
      expect(await img.getAttribute('alt')).toContain(caption.replace(/^图 \d+ /, '').split(' ')[0]!);
      // The drawing is real Mermaid output with the node labels as SVG text.
      const svg = readFileSync(path.join(BUILD, new URL(src, siteUrl()).pathname), 'utf8');
      expect(svg).toContain('aria-roledescription="flowchart-v2"');
      expect(svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain(label);
      const box = (await img.boundingBox())!;
      expect(box.width > 200 && box.height > 100).toBe(true);
      expect(scripts.filter((s) => /mermaid/i.test(s))).toEqual([]);
      await context.close();
    }
  });

  it('shows the figure without JavaScript, as a link to its SVG file', async () => {
    const context = await browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(siteUrl('docs/orchestration/kubernetes'));
    const img = page.locator('figure img:visible');
    expect(await img.count()).toBe(1);
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(200);
    await page.locator('figure a[data-kb-diagram]').click();
    await page.waitForURL(/\/diagrams\/orchestration\/kubernetes\/1-light\.svg$/);
    await context.close();
  });
});

/** The open viewer's image: how large it is drawn against its natural size, and what has focus. */
function viewerState(page: Page) {
  return page.evaluate(() => {
    const img = document.querySelector<HTMLImageElement>('.pswp--open img.pswp__img');
    return {
      open: Boolean(img),
      ratio: img ? img.getBoundingClientRect().width / img.naturalWidth : 0,
      src: img?.getAttribute('src') ?? '',
      focusInViewer: Boolean(document.activeElement?.closest('.pswp')),
    };
  });
}

describe('diagram viewer', () => {
  it.each(['light', 'dark'] as const)('on a phone (%s), a tap shows the diagram full screen at natural size; Esc closes it and focus returns', async (colorScheme) => {
    const context = await browser.newContext({viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true, colorScheme});
    const page = await context.newPage();
    await page.goto(siteUrl('docs/orchestration/kubernetes'));
    await hydrated(page);
    const link = page.locator('figure a[data-kb-diagram]').first();
    await link.scrollIntoViewIfNeeded();
    const shownInPage = await link.locator('img:visible').evaluate((img: HTMLImageElement) => img.getBoundingClientRect().width / img.naturalWidth);
    expect(shownInPage).toBeLessThan(0.5);
    await link.tap();
    await expect.poll(async () => (await viewerState(page)).ratio, {timeout: 15_000}).toBeGreaterThanOrEqual(0.9);
    const state = await viewerState(page);
    expect(state.src).toMatch(new RegExp(`-${colorScheme}\\.svg$`));
    expect(state.focusInViewer).toBe(true);
    const {violations} = await axe(page).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await viewerState(page)).open).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-kb-diagram'))).toBe(true);
    expect(new URL(page.url()).pathname).toBe(new URL(siteUrl('docs/orchestration/kubernetes')).pathname);
    await context.close();
  });

  it('Enter opens it from the keyboard; the back button closes it without leaving the page or scrolling away', async () => {
    const context = await browser.newContext({viewport: {width: 1280, height: 900}});
    const page = await context.newPage();
    await page.goto(siteUrl('docs/patterns'));
    await page.goto(siteUrl('docs/patterns/sidecar'));
    await hydrated(page);
    const link = page.locator('figure a[data-kb-diagram]').first();
    await link.focus();
    const y = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await viewerState(page)).ratio, {timeout: 15_000}).toBeGreaterThanOrEqual(1);
    await page.goBack();
    await expect.poll(async () => (await viewerState(page)).open).toBe(false);
    expect(new URL(page.url()).pathname).toBe(new URL(siteUrl('docs/patterns/sidecar')).pathname);
    expect(await page.evaluate(() => window.scrollY)).toBe(y);
    // Opened and closed with its button, the viewer leaves the history as it was: back leaves the page.
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await viewerState(page)).open, {timeout: 15_000}).toBe(true);
    await page.getByRole('button', {name: '关闭（Esc）'}).click();
    await expect.poll(async () => (await viewerState(page)).open).toBe(false);
    await page.waitForTimeout(300);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe(new URL(siteUrl('docs/patterns')).pathname);
    await context.close();
  });

  it('图 1, an SVG drawn in the page, opens at natural size too, in the colours of the page', async () => {
    const context = await browser.newContext({viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true, colorScheme: 'dark'});
    const page = await context.newPage();
    await page.goto(siteUrl('docs/cloud-native/cncf'));
    await hydrated(page);
    const svg = page.locator('figure svg[role="img"]').first();
    expect(await svg.evaluate((el) => el.getBoundingClientRect().width / (el as SVGSVGElement).viewBox.baseVal.width)).toBeLessThan(0.6);
    await page.getByRole('button', {name: '放大', exact: true}).tap();
    await expect.poll(async () => (await viewerState(page)).ratio, {timeout: 15_000}).toBeGreaterThanOrEqual(0.9);
    // The copy carries the dark mode's computed colours (the page's CSS does not reach an image).
    expect(decodeURIComponent((await viewerState(page)).src)).toContain('fill: rgb(');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await viewerState(page)).open).toBe(false);
    await context.close();
  });
});
