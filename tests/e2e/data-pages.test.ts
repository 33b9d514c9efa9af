import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {cncfProjects, cncfSnapshot} from '../../src/data/cncf-projects';
import {fileBrowser, hydrated} from './browser';
import {siteUrl} from './site';

/**
 * The 2026 data pages as a reader uses them: the CNCF projects table (filters, sorting, the URL, row anchors), its
 * figures in the server's HTML and on a phone, and the sourced mesh comparison by keyboard.
 */
const browser = fileBrowser();
const PROJECTS = 'docs/cloud-native/cncf-projects';
const graduated = cncfProjects.filter((p) => p.maturity === 'graduated').length;

async function open(path: string, options: {width?: number; javaScript?: boolean} = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: {width: options.width ?? 1280, height: 900},
    javaScriptEnabled: options.javaScript ?? true,
    isMobile: (options.width ?? 1280) < 600,
  });
  const page = await context.newPage();
  await page.goto(siteUrl(path));
  if (options.javaScript ?? true) await hydrated(page);
  return page;
}

const status = (page: Page) => page.locator('#cncf [aria-live="polite"]').first().textContent();
const rowNames = (page: Page) => page.locator('#cncf tbody th').allTextContents();

describe('CNCF projects page', () => {
  it('is whole without JavaScript: every row, its anchor, the date line and the figures', async () => {
    const page = await open(PROJECTS, {javaScript: false});
    expect(await page.locator('#cncf tbody tr[id]').count()).toBe(cncfProjects.length);
    expect(await page.locator('tr#kyverno th').textContent()).toContain('Kyverno');
    expect(await page.locator('article').textContent()).toContain(`数据截至 ${cncfSnapshot.date}（cncf/landscape）`);
    expect(await page.locator('svg[role="img"]').count()).toBe(3);
    expect(await page.locator('[data-chart="timeline"] [data-year]').count()).toBe(11);
    await page.context().close();
  });

  it('filters by level, area, year and text, and restores the filters from the URL', async () => {
    const page = await open(PROJECTS);
    await page.getByRole('combobox', {name: '成熟度'}).selectOption('graduated');
    expect(await status(page)).toBe(`显示 ${graduated} / ${cncfProjects.length} 个项目`);
    expect(page.url()).toContain('cncf.level=graduated');
    await page.getByRole('searchbox', {name: '筛选'}).fill('服务网格');
    const meshes = await rowNames(page);
    expect(meshes.map((n) => n.replace(/代码$/, '').trim()).sort()).toEqual(['Istio', 'Linkerd']);
    // English, of the landscape's subcategory.
    await page.getByRole('searchbox', {name: '筛选'}).fill('Service Mesh');
    expect((await rowNames(page)).length).toBe(2);
    await page.getByRole('combobox', {name: '加入年份'}).selectOption('2016');
    const url = page.url();
    const again = await open(url.slice(url.indexOf('docs/')));
    expect(await again.getByRole('combobox', {name: '成熟度'}).inputValue()).toBe('graduated');
    expect(await again.getByRole('combobox', {name: '加入年份'}).inputValue()).toBe('2016');
    expect(await status(again)).toMatch(/^显示 \d+ \/ \d+ 个项目$/);
    await page.context().close();
    await again.context().close();
  });

  it('sorts by the date a project joined, newest first on the second click', async () => {
    const page = await open(PROJECTS);
    const joined = page.locator('#cncf thead button', {hasText: '加入'});
    await joined.click();
    await joined.click();
    const newest = [...cncfProjects].sort((a, b) => (b.accepted ?? '').localeCompare(a.accepted ?? ''))[0]!;
    expect((await rowNames(page))[0]).toContain(newest.name);
    expect(page.url()).toContain('cncf.sort=accepted%3Adesc');
    await page.context().close();
  });

  it('lands a project link on its row, below the navbar, even when the URL filters would hide it', async () => {
    const page = await open(`${PROJECTS}?cncf.level=sandbox#kyverno`);
    const row = page.locator('tr#kyverno');
    await expect.poll(() => row.isVisible()).toBe(true);
    await expect
      .poll(async () => {
        const box = await row.boundingBox();
        const navbar = await page.locator('.navbar').boundingBox();
        return box !== null && navbar !== null && box.y >= navbar.y + navbar.height && box.y < 900;
      })
      .toBe(true);
    expect(await page.getByRole('combobox', {name: '成熟度'}).inputValue()).toBe('');
    await page.context().close();
  });

  it('keeps the figures legible on a 390 px phone: no text under 11 px, nothing wider than the screen', async () => {
    const page = await open(PROJECTS, {width: 390});
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll('svg[role="img"] text')].map((t) => {
        const box = (t as SVGTextElement).getBoundingClientRect();
        return {height: box.height, right: box.right, text: t.textContent};
      }),
    );
    expect(sizes.length).toBeGreaterThan(50);
    expect(sizes.filter((s) => s.height > 0 && s.height < 11)).toEqual([]);
    expect(sizes.filter((s) => s.right > 390)).toEqual([]);
    const curve = await open('docs/cloud-native/cncf', {width: 390});
    const labels = await curve.evaluate(() =>
      [...document.querySelectorAll('svg[role="img"] text')]
        .filter((t) => getComputedStyle(t).display !== 'none')
        .map((t) => (t as SVGTextElement).getBoundingClientRect().height),
    );
    expect(labels.filter((h) => h > 0 && h < 10)).toEqual([]);
    await page.context().close();
    await curve.context().close();
  });
});

describe('search knows the CNCF project names', () => {
  it('finds the projects page for a project the site only lists there', async () => {
    const page = await open('docs/cloud-native');
    const box = page.locator('.navbar__search-input');
    await box.click();
    await box.fill('Kyverno');
    const option = page.locator('[role="option"]', {hasText: /CNCF 项目一览/});
    await expect.poll(() => option.count(), {timeout: 20_000}).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('service-mesh comparison', () => {
  it('has a source for every cell, reachable by keyboard, with its address in the list below', async () => {
    const page = await open('docs/service-mesh/implementations');
    const marks = page.locator('#meshes tbody a[data-tip]');
    expect(await marks.count()).toBe(8 * 25);
    await page.getByRole('searchbox', {name: '筛选'}).focus();
    // Tab through the controls until the first source mark has the focus.
    let focused = '';
    for (let i = 0; i < 60 && !focused.startsWith('[') ; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement?.matches('a[data-tip]') ? document.activeElement.textContent ?? '' : ''));
    }
    expect(focused).toMatch(/^\[\d+\]$/);
    const tip = await page.evaluate(() => getComputedStyle(document.activeElement!, '::after').content);
    expect(tip).toMatch(/· 2026-\d\d-\d\d 核对/);
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).hash);
    expect(await page.locator(`${target} a`).getAttribute('href')).toMatch(/^https:\/\//);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(target);
    await page.context().close();
  });

  it('links each implementation to its service-discovery mode and CNCF row', async () => {
    const page = await open('docs/service-mesh/implementations');
    const modes = await page.locator('#meshes tbody tr', {hasText: '服务发现模式'}).locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash));
    expect(modes).toHaveLength(8);
    expect(new Set(modes)).toEqual(new Set(['#client-embedded-proxy', '#host-process-proxy']));
    const mode = await open('docs/service-mesh#host-process-proxy');
    expect(await mode.locator('tr#host-process-proxy').count()).toBe(1);
    await page.context().close();
    await mode.context().close();
  });
});
