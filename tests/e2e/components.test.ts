import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {fileBrowser, hydrated} from './browser';
import {siteUrl} from './site';

const browser = fileBrowser();

async function open(path: string, options: {colorScheme?: 'light' | 'dark'; width?: number} = {}): Promise<Page> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: {width: options.width ?? 1280, height: 900},
  });
  const page = await context.newPage();
  await page.goto(siteUrl(path));
  await hydrated(page);
  return page;
}

const rowHeaders = (page: Page, table: string) => page.locator(`#${table} tbody th[scope=row]`).allInnerTexts();

describe('表格 6 orchestrator comparison', () => {
  it('sorts on click, both ways, and records the sort in the URL', async () => {
    const page = await open('docs/orchestration');
    const seedOrder = await rowHeaders(page, 'orchestrators');
    expect(seedOrder.slice(0, 4)).toEqual(['简介', '支撑厂商', '核心概念', '特性']);
    // The aspect column names the rows in the seed's order and does not sort; the systems' columns do.
    expect(await page.locator('#orchestrators thead th').first().getByRole('button').count()).toBe(0);
    const header = page.locator('#orchestrators thead th').nth(1);
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await rowHeaders(page, 'orchestrators');
    expect(ascending).not.toEqual(seedOrder);
    expect([...ascending].sort()).toEqual([...seedOrder].sort());
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    expect(await rowHeaders(page, 'orchestrators')).toEqual([...ascending].reverse());
    expect(new URL(page.url()).searchParams.get('orchestrators.sort')).toBe('kubernetes:desc');
    await page.context().close();
  });

  it('"只看差异" hides the rows where K8s, Mesos and Swarm agree; columns can be hidden', async () => {
    const page = await open('docs/orchestration');
    expect(await rowHeaders(page, 'orchestrators')).toContain('许可证');
    await page.locator('#orchestrators').getByRole('checkbox', {name: '只看差异'}).check();
    await expect.poll(() => rowHeaders(page, 'orchestrators')).not.toContain('许可证');
    expect(await rowHeaders(page, 'orchestrators')).toContain('简介');
    await page.locator('#orchestrators').getByRole('checkbox', {name: 'Mesos'}).uncheck();
    await expect.poll(() => page.locator('#orchestrators thead th').allInnerTexts()).not.toContainEqual(
      expect.stringContaining('Mesos'),
    );
    await page.context().close();
  });

  it('restores a shared view from the URL', async () => {
    const page = await open('docs/orchestration?orchestrators.diff=1&orchestrators.hide=mesos');
    await expect.poll(() => rowHeaders(page, 'orchestrators')).not.toContain('许可证');
    expect(await page.locator('#orchestrators').getByRole('checkbox', {name: '只看差异'}).isChecked()).toBe(true);
    expect(await page.locator('#orchestrators thead th').allInnerTexts()).toHaveLength(3);
    await page.context().close();
  });

  it('is complete in the HTML sent by the server', async () => {
    const response = await fetch(siteUrl('docs/orchestration'));
    const html = await response.text();
    expect(html).toContain('表格 6 容器编排 K8s/Mesos/Swarm 比较');
    expect(html).toContain('分布式调度系统内核');
    // Minified HTML may drop attribute quotes.
    const table6 = html.slice(html.indexOf('id=orchestrators>'), html.indexOf('id=orchestrators-2026>'));
    expect(table6.match(/<th scope="?row\b/g)?.length).toBe(9);
  });
});

describe('图 1 CNCF maturity diagram', () => {
  it('shows a level’s criteria when it gets keyboard focus', async () => {
    const page = await open('docs/cloud-native/cncf');
    const svg = page.locator('figure svg[role=img]');
    expect(await svg.locator('g[data-level]').count()).toBe(3);
    const panel = page.locator('figure [aria-live=polite]');
    await page.locator('button[data-level=incubating]').focus();
    await expect.poll(() => panel.innerText()).toContain('至少三个独立采用者已按孵化所需程度使用');
    await page.locator('button[data-level=graduated]').hover();
    await expect.poll(() => panel.innerText()).toContain('OpenSSF 最佳实践');
    await page.context().close();
  });

  it('fits a 375 px screen', async () => {
    const page = await open('docs/cloud-native/cncf', {width: 375});
    const box = await page.locator('figure svg[role=img]').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(375);
    expect(box!.width).toBeGreaterThan(300);
    await page.context().close();
  });
});

// axe on these pages, light and dark: tests/e2e/every-page.test.ts covers every page of the sitemap.
