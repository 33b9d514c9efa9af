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

/** The redrawn Mermaid figures (图 1 is an SVG component, tested in components.test.ts): page, caption, and a node label that must be drawn inside the SVG. */
const figures = [
  {path: 'docs/orchestration/kubernetes', caption: '图 2 K8s 结构', label: 'API Server'},
  {path: 'docs/orchestration/mesos', caption: '图 3 Mesos 主从结构', label: 'ZooKeeper'},
  {path: 'docs/orchestration/docker-swarm', caption: '图 4 Docker Swarm 结构', label: '内建 Key-Value 存储'},
] as const;

describe('redrawn figures', () => {
  it.each(figures)('$path renders $caption as a Mermaid SVG', async ({path, caption, label}) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({colorScheme});
      const page = await context.newPage();
      await page.goto(siteUrl(path), {waitUntil: 'networkidle'});
      const figure = page.locator('figure', {has: page.locator('figcaption', {hasText: caption})});
      const svg = figure.locator('.docusaurus-mermaid-container svg');
      await svg.waitFor({state: 'visible', timeout: 30_000});
      expect(await svg.getAttribute('aria-roledescription')).toBe('flowchart-v2');
      await expect.poll(() => svg.textContent()).toContain(label);
      const box = await svg.boundingBox();
      expect(box && box.width > 200 && box.height > 100).toBe(true);
      await context.close();
    }
  });
});
