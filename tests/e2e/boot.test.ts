import {describe, expect, it} from 'vitest';
import {fileBrowser, hydrated} from './browser';
import {COMPILE_HINT} from '../../plugins/performance/compile-hint';
import {siteUrl} from './site';

const browser = fileBrowser();

/**
 * plugins/performance/boot-after-paint.ts: the server-rendered page is painted before the bundles run (with `defer`, Chromium
 * painted nothing until main.js and hydration were done), and the page still hydrates.
 */
describe('boot: paint first, then run the bundles', () => {
  it('paints the page content before main.js starts, then hydrates', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // A slow phone: the gap between parsing and running the bundles becomes measurable.
    await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', {rate: 4});
    // Docusaurus's client entry sets window.docusaurus first thing when main.js runs.
    await page.addInitScript(() => {
      let value: unknown;
      Object.defineProperty(window, 'docusaurus', {
        configurable: true,
        get: () => value,
        set: (v) => {
          (window as unknown as {kbBootAt: number}).kbBootAt ??= performance.now();
          value = v;
        },
      });
    });
    await page.goto(siteUrl('docs/orchestration'));
    await hydrated(page);
    const {fcp, bootAt} = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      bootAt: (window as unknown as {kbBootAt?: number}).kbBootAt,
    }));
    expect(fcp).toBeGreaterThan(0);
    expect(bootAt).toBeGreaterThan(0);
    expect(fcp!).toBeLessThan(bootAt!);
    // Interactive after boot: the copy-link control only exists once React runs.
    await expect.poll(() => page.getByRole('button', {name: '复制链接'}).count()).toBeGreaterThan(0);
    await context.close();
  });

  it('lists the route chunks before main.js, loads each script once, and main.js adds none (plugins/performance/route-chunks-in-html.ts)', async () => {
    for (const path of ['docs/cloud-native', 'docs/patterns/circuit-breaker', '']) {
      const page = await browser.newPage();
      // The Rspack runtime's chunk loader marks the scripts it creates with data-rspack (and removes them once loaded).
      await page.addInitScript(() => {
        const w = window as unknown as {kbLoaderScripts: string[]};
        w.kbLoaderScripts = [];
        new MutationObserver((records) => {
          for (const r of records)
            for (const n of r.addedNodes) if (n instanceof HTMLScriptElement && n.hasAttribute('data-rspack')) w.kbLoaderScripts.push(n.src);
        }).observe(document, {childList: true, subtree: true});
      });
      const requested: string[] = [];
      page.on('request', (r) => r.resourceType() === 'script' && requested.push(new URL(r.url()).pathname));
      await page.goto(siteUrl(path));
      await hydrated(page);
      await page.waitForLoadState('networkidle');
      const boot = await page.$eval('script[data-kb-boot]', (s) => s.getAttribute('data-kb-boot')!.split(' ').map((u) => new URL(u, location.href).pathname));
      const names = boot.map((p) => p.replace(/^\/assets\/js\//, '').replace(/\.[0-9a-f]+\.js$/, ''));
      expect(names[0]).toBe('runtime~main');
      expect(names.at(-1)).toBe('main');
      // The page's own chunks: on a doc page the docs layout, the version's sidebar and the page's content.
      expect(names.length).toBeGreaterThan(path ? 8 : 3);
      // Every script the page ran was in the list, once: main.js created no script element for the route. The only
      // others are the offline service worker's registration and workbox-window, loaded after load once the page is
      // idle (src/client/register-sw.ts).
      const afterLoad = new Set(
        await Promise.all(
          requested.filter((p) => !boot.includes(p)).map(async (p) => ((await (await fetch(siteUrl(p.slice(1)))).text()).match(/registerSW failed|workbox:window/) ? p : '')),
        ),
      );
      afterLoad.delete('');
      expect(afterLoad.size).toBeLessThanOrEqual(2);
      expect(requested.filter((p) => !afterLoad.has(p)).sort()).toEqual([...boot].sort());
      const created = await page.evaluate(() => (window as unknown as {kbLoaderScripts: string[]}).kbLoaderScripts);
      expect(created.map((u) => new URL(u).pathname).filter((p) => !afterLoad.has(p))).toEqual([]);
      // The observer does see the loader's scripts: a client-side navigation to a page with other chunks makes some.
      if (path === 'docs/cloud-native') {
        await page.locator('a[href$="/docs/orchestration"]').first().click();
        await page.waitForURL(/\/docs\/orchestration$/);
        await expect.poll(() => page.evaluate(() => (window as unknown as {kbLoaderScripts: string[]}).kbLoaderScripts.length)).toBeGreaterThan(0);
      }
      await page.close();
    }
  });

  it('fetches the bundles only after the page has painted its largest text', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('docs/cloud-native'));
    await hydrated(page);
    const {lcp, fetched} = await page.evaluate(async () => ({
      lcp: await new Promise<number>((resolve) =>
        new PerformanceObserver((list) => resolve(list.getEntries()[0]!.startTime)).observe({type: 'largest-contentful-paint', buffered: true}),
      ),
      fetched: performance
        .getEntriesByType('resource')
        .filter((e) => /\/assets\/js\/[^/]+\.js$/.test(e.name))
        .map((e) => e.startTime),
    }));
    expect(lcp).toBeGreaterThan(0);
    expect(fetched.length).toBeGreaterThan(8);
    for (const t of fetched) expect(t).toBeGreaterThan(lcp);
    await page.close();
  });

  it('serves main.js with V8\'s compile hint as its first line (plugins/performance/compile-hint.ts), and only main.js', async () => {
    const html = await (await fetch(siteUrl('docs/orchestration'))).text();
    const bundles = /data-kb-boot="([^"]+)"/.exec(html)![1]!.split(' ');
    const bodies = await Promise.all(bundles.map(async (src) => [src, await (await fetch(new URL(src, siteUrl()))).text()] as const));
    const hinted = bodies.filter(([, body]) => body.startsWith(`${COMPILE_HINT}\n`)).map(([src]) => src);
    expect(hinted).toHaveLength(1);
    expect(hinted[0]).toMatch(/\/main\.[0-9a-f]+\.js$/);
  });
});
