import {cpSync, mkdtempSync, readFileSync, rmSync, appendFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {serveBuild} from '../../build-tools/serve';
import {fileBrowser, hydrated} from './browser';

/**
 * Offline reading (@docusaurus/plugin-pwa, config/pwa.ts), on a copy of the production build served on its own
 * port, so the update test can change the copy's service worker without touching build/.
 */
const BUILD = path.resolve(__dirname, '../../build');
const copy = mkdtempSync(path.join(tmpdir(), 'kb-offline-'));
cpSync(BUILD, copy, {recursive: true});
let site: {siteUrl: string; stop: () => void};
beforeAll(async () => {
  site = await serveBuild(copy, '/');
});
afterAll(() => {
  site?.stop();
  rmSync(copy, {recursive: true, force: true});
});
const at = (p: string) => new URL(p, site.siteUrl).toString();
const browser = fileBrowser();

/** Waits until the service worker is active, its precache complete, and this page under its control. */
async function installed(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {timeout: 30_000});
  await hydrated(page);
}

describe('offline reading', () => {
  it('precaches HTML, CSS, JS and the search indexes only (and the logo)', () => {
    const sw = readFileSync(path.join(BUILD, 'sw.js'), 'utf8');
    const urls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(200);
    // Images: only the navbar's logo and the favicon, which every page shows.
    const other = urls.filter((u) => !/\.(html|js|css)$|^pagefind\/|^[a-z0-9/-]*$/.test(u));
    expect(other.sort()).toEqual(['img/favicon.svg', 'img/logo.svg', 'manifest.json']);
    expect(urls.filter((u) => /\.(png|pdf|md|txt)$|^data\/|^diagrams\//.test(u))).toEqual([]);
    expect(urls).toEqual(expect.arrayContaining(['docs/patterns/sidecar', 'index.html', 'search', 'pagefind/pagefind.js']));
    expect(urls.some((u) => /^pagefind\/index\/.+\.pf_index$/.test(u))).toBe(true);
  });

  it('says once that the site can be read offline, then opens pages and searches without a network', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(at('docs/cloud-native'));
    await page.getByRole('status').filter({hasText: '本站已可离线阅读'}).waitFor({timeout: 60_000});
    await installed(page);
    await context.setOffline(true);
    for (const [p, title] of [
      ['docs/patterns/sidecar', 'Sidecar'],
      ['docs/orchestration/kubernetes', 'K8s（Kubernetes）'],
      ['docs/glossary', '术语表'],
    ] as const) {
      await page.goto(at(p));
      expect((await page.locator('article h1').innerText()).trim(), p).toBe(title);
    }
    await hydrated(page);
    const input = page.locator('.navbar .navbar__search-input');
    await input.focus();
    await input.fill('熔断');
    await page.locator('[role="listbox"] [role="option"]').first().waitFor({timeout: 20_000});
    expect(await page.locator('[role="listbox"] [role="option"]').first().innerText()).toContain('断路器');
    await page.goto(`${at('search')}?q=${encodeURIComponent('失败累积')}`);
    await page.locator('main ol a[href*="/docs/service-mesh/implementations"]').first().waitFor({timeout: 20_000});
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers the new version when the site has changed', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(at('docs/cloud-native'));
    await installed(page);
    // A new build: its service worker differs.
    appendFileSync(path.join(copy, 'sw.js'), '\n// a new build\n');
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const popup = page.getByText('有可用的新版本');
    await popup.waitFor({timeout: 60_000});
    await Promise.all([page.waitForEvent('framenavigated', {timeout: 30_000}), page.getByRole('button', {name: '刷新'}).click()]);
    await page.waitForLoadState('load');
    await context.close();
  });
});
