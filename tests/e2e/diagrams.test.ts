import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {launchChromium} from './browser';
import {siteUrl} from './site';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

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

  it('shows the figure without JavaScript', async () => {
    const context = await browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(siteUrl('docs/orchestration/kubernetes'));
    const img = page.locator('figure img:visible');
    expect(await img.count()).toBe(1);
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(200);
    await context.close();
  });
});
