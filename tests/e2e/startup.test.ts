import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {fileBrowser, holdMainBundle, hydrated} from './browser';
import {siteUrl} from './site';

const browser = fileBrowser();

/** Path and body of every script the page requests (bodies read as they arrive). */
function recordScripts(page: Page): Promise<{path: string; body: string}>[] {
  const scripts: Promise<{path: string; body: string}>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script' && !response.url().endsWith('.js')) return;
    scripts.push(response.text().then((body) => ({path: new URL(response.url()).pathname, body}), () => ({path: response.url(), body: ''})));
  });
  return scripts;
}

/** The Prism set-up (src/theme/CodeBlock/Content/Highlighted.tsx runs the theme's prism-include-languages). */
const isPrismSetUp = (body: string) => body.includes('globalThis.Prism');

/** Text and computed colours of the first code block and its tokens. */
const blockColours = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.theme-code-block pre, .theme-code-block pre span')].map(
      (e) => `${e.textContent?.slice(0, 20)} ${getComputedStyle(e).color} ${getComputedStyle(e).backgroundColor} ${getComputedStyle(e).fontStyle}`,
    ),
  );

/** Client-side navigation from the explorer to a pattern page; waits until React has created its code block's lines. */
async function navigateTo(page: Page, slug: string): Promise<void> {
  await page.goto(siteUrl('docs/patterns'));
  await hydrated(page);
  await page.locator(`a[href$="/docs/patterns/${slug}"]`).first().click();
  await page.waitForURL(new RegExp(`/docs/patterns/${slug}$`));
  await expect.poll(() => page.locator('.theme-code-block .token-line').count(), {timeout: 20_000}).toBeGreaterThan(5);
}

describe('start-up: Prism only where React creates a code block (src/theme/CodeBlock)', () => {
  it('a page without code blocks loads no Prism at all', async () => {
    const page = await browser.newPage();
    const scripts = recordScripts(page);
    await page.goto(siteUrl('docs/cloud-native'));
    await hydrated(page);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('pre').count()).toBe(0);
    const bodies = await Promise.all(scripts);
    expect(bodies.length).toBeGreaterThan(3);
    expect(bodies.filter((s) => isPrismSetUp(s.body)).map((s) => s.path)).toEqual([]);
    await page.close();
  });

  it('the server sends code blocks highlighted by token class, with no inline colours', async () => {
    const html = await (await fetch(siteUrl('docs/patterns/circuit-breaker'))).text();
    expect(html).toMatch(/<pre[^>]*class="?prism-code language-yaml/);
    expect(html).toMatch(/class="token key atrule"/);
    const block = html.slice(html.indexOf('<pre'), html.indexOf('</pre>'));
    expect(block).not.toContain('style=');
    // A Suspense boundary that React outlines is sent as its fallback plus an inline script ($RC) to swap it in.
    expect(html).not.toMatch(/<template id="?B:/);
    expect(html).not.toContain('$RC');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`a page with code hydrates its code block in place without fetching Prism, and the block works (${scheme})`, async () => {
      const context = await browser.newContext({colorScheme: scheme});
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: new URL(siteUrl()).origin});
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      // The server's <pre>, and every node added to or removed from the block after the HTML was parsed.
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          const w = window as unknown as {kbPre?: Element | null; kbMutations?: string[]};
          const block = document.querySelector('.theme-code-block');
          w.kbPre = block?.querySelector('pre');
          w.kbMutations = [];
          new MutationObserver((records) => {
            for (const r of records) for (const n of [...r.addedNodes, ...r.removedNodes]) w.kbMutations!.push(`${r.addedNodes.length ? '+' : '-'}${n.nodeName}.${(n as Element).className ?? ''}`);
          }).observe(block!, {childList: true, subtree: true, characterData: true});
        });
      });
      const scripts = recordScripts(page);
      await page.goto(siteUrl('docs/patterns/circuit-breaker'));
      await hydrated(page);
      const block = page.locator('.theme-code-block').first();
      const copy = block.getByRole('button', {name: '复制代码到剪贴板'});
      await copy.click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('circuitbreaker:');
      expect(await block.locator('pre').evaluate((pre) => getComputedStyle(pre).backgroundColor)).toBe(
        scheme === 'dark' ? 'rgb(40, 42, 54)' : 'rgb(246, 248, 250)',
      );
      // Hydrated in place: the server's <pre> is still there, and all React added is the buttons (rendered only in the browser).
      const {samePre, mutations} = await page.evaluate(() => {
        const w = window as unknown as {kbPre?: Element | null; kbMutations?: string[]};
        return {samePre: !!w.kbPre && w.kbPre === document.querySelector('.theme-code-block pre'), mutations: w.kbMutations};
      });
      expect(samePre).toBe(true);
      expect(mutations?.filter((m) => m.startsWith('-'))).toEqual([]);
      expect(mutations?.every((m) => m.startsWith('+DIV') || m.startsWith('+BUTTON') || m.startsWith('+svg') || m.startsWith('+#text'))).toBe(true);
      await page.waitForLoadState('networkidle');
      expect((await Promise.all(scripts)).filter((s) => isPrismSetUp(s.body)).map((s) => s.path)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('code has the same colours before hydration, after it, and in a block React creates (dark), and others in light', async () => {
    const dark = await browser.newContext({colorScheme: 'dark'});
    const page = await dark.newPage();
    const release = await holdMainBundle(page);
    await page.goto(siteUrl('docs/patterns/circuit-breaker'), {waitUntil: 'domcontentloaded'});
    expect(await page.locator('html').getAttribute('data-has-hydrated')).toBe('false');
    const beforeHydration = await blockColours(page);
    release();
    await hydrated(page);
    const afterHydration = await blockColours(page);
    // Reached by a client-side navigation, React creates the block with Prism.
    await navigateTo(page, 'circuit-breaker');
    const created = await blockColours(page);
    await dark.close();
    expect(beforeHydration.length).toBeGreaterThan(50);
    expect(afterHydration).toEqual(beforeHydration);
    expect(created).toEqual(beforeHydration);

    const light = await browser.newContext({colorScheme: 'light'});
    const lightPage = await light.newPage();
    await lightPage.goto(siteUrl('docs/patterns/circuit-breaker'));
    const lightColours = await blockColours(lightPage);
    await light.close();
    expect(lightColours.length).toBe(beforeHydration.length);
    // Background and every token colour differ between the modes, but for text in the plain colour of both.
    expect(lightColours.filter((c, i) => c === beforeHydration[i])).toEqual([]);
  });

  it('if the Prism chunk fails to load, a block React creates shows its plain code and the page works', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/assets/js/**', async (route) => {
      const response = await route.fetch();
      if (isPrismSetUp(await response.text())) await route.abort();
      else await route.fulfill({response});
    });
    await page.goto(siteUrl('docs/patterns'));
    await hydrated(page);
    await page.locator('a[href$="/docs/patterns/circuit-breaker"]').first().click();
    await page.waitForURL(/circuit-breaker$/);
    await expect.poll(() => errors.some((e) => e.includes('Code highlighting failed to load')), {timeout: 20_000}).toBe(true);
    expect(errors.filter((e) => /hydrat|Minified React error/i.test(e))).toEqual([]);
    expect(await page.locator('.theme-code-block pre code').textContent()).toContain('failureRateThreshold: 50');
    expect(await page.locator('.theme-code-block .token').count()).toBe(0);
    // The rest of the page works: client-side navigation still does.
    await page.locator('article a[href$="/docs/patterns/retry"]').first().click();
    await page.waitForURL(/\/docs\/patterns\/retry$/);
    await expect.poll(() => page.locator('article h1').textContent()).toMatch(/重试/);
    await page.close();
  });

  it('after a client-side navigation the new page highlights its code, and its copy button works', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: new URL(siteUrl()).origin});
    const page = await context.newPage();
    await navigateTo(page, 'retry');
    await page.locator('.theme-code-block').first().getByRole('button', {name: '复制代码到剪贴板'}).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('');
    await context.close();
  });
});

describe('start-up: no string collation (plugins/performance/no-collator-at-startup-loader.cjs)', () => {
  // The first localeCompare or Intl.Collator of a page sets up ICU's collator: about 12 ms of main thread here.
  it('no page type calls localeCompare or creates an Intl.Collator while it loads and hydrates', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const w = window as unknown as {kbCollations: string[]};
      w.kbCollations = [];
      const compare = String.prototype.localeCompare;
      String.prototype.localeCompare = function (this: string, ...args: Parameters<typeof compare>) {
        w.kbCollations.push(`localeCompare ${new Error().stack?.split('\n')[2]?.trim()}`);
        return compare.apply(this, args);
      };
      const Collator = Intl.Collator;
      Intl.Collator = function (...args: ConstructorParameters<typeof Collator>) {
        w.kbCollations.push(`Intl.Collator ${new Error().stack?.split('\n')[2]?.trim()}`);
        return new Collator(...args);
      } as unknown as typeof Intl.Collator;
    });
    const page = await context.newPage();
    const found: Record<string, string[]> = {};
    for (const path of ['', 'docs/cloud-native', 'docs/patterns/circuit-breaker', 'docs/patterns', 'docs/orchestration', 'docs/glossary']) {
      await page.goto(siteUrl(path));
      await hydrated(page);
      await page.waitForLoadState('networkidle');
      const calls = await page.evaluate(() => (window as unknown as {kbCollations: string[]}).kbCollations);
      if (calls.length) found[path] = calls;
    }
    await context.close();
    expect(found).toEqual({});
  });
});

describe('start-up: link prefetching waits for the load event (src/client/idle-prefetch.ts)', () => {
  it('prefetches route chunks only after load, and still prefetches them', async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as {kbFirstPrefetch?: number};
      new MutationObserver((records) => {
        for (const r of records)
          for (const node of r.addedNodes)
            if (node instanceof HTMLLinkElement && node.rel === 'prefetch' && !node.hasAttribute('data-kb-boot')) w.kbFirstPrefetch ??= performance.now();
      }).observe(document, {childList: true, subtree: true});
    });
    await page.goto(siteUrl('docs/cloud-native'));
    await hydrated(page);
    await expect.poll(() => page.evaluate(() => (window as unknown as {kbFirstPrefetch?: number}).kbFirstPrefetch), {timeout: 20_000}).toBeGreaterThan(0);
    const {first, loadEnd} = await page.evaluate(() => ({
      first: (window as unknown as {kbFirstPrefetch: number}).kbFirstPrefetch,
      loadEnd: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
    }));
    expect(loadEnd).toBeGreaterThan(0);
    expect(first).toBeGreaterThanOrEqual(loadEnd);

    // A link's prefetch call returns at once; the <link rel=prefetch> tags come in a later idle period. (Docusaurus's
    // own prefetch inserts them in the caller's task, the one right after hydration.)
    const route = '/docs/patterns/valet-key';
    const count = () => page.evaluate(() => document.querySelectorAll('link[rel=prefetch]:not([data-kb-boot])').length);
    const {before, during} = await page.evaluate((r) => {
      const n = () => document.querySelectorAll('link[rel=prefetch]:not([data-kb-boot])').length;
      const b = n();
      window.docusaurus.prefetch(r);
      return {before: b, during: n()};
    }, route);
    expect(during).toBe(before);
    await expect.poll(count).toBeGreaterThan(before);
    await page.close();
  });
});

describe('start-up on a phone: no sidebar swap after hydration (src/theme/DocSidebar, src/theme/Navbar/MobileSidebar)', () => {
  it('keeps the server-rendered sidebar, renders the menu when first opened, and the menu works', async () => {
    const context = await browser.newContext({viewport: {width: 375, height: 740}, isMobile: true, hasTouch: true});
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(siteUrl('docs/patterns/circuit-breaker'));
    await hydrated(page);
    await page.waitForTimeout(500);
    // The desktop sidebar is still there (hidden by the theme's CSS), the slide-out menu not yet.
    const desktopSidebar = page.locator('.theme-doc-sidebar-container');
    expect(await desktopSidebar.count()).toBe(1);
    expect(await desktopSidebar.isVisible()).toBe(false);
    expect(await page.locator('.navbar-sidebar').count()).toBe(0);

    await page.getByRole('button', {name: '切换导航栏'}).tap();
    const menu = page.locator('.navbar-sidebar');
    await expect.poll(() => menu.isVisible()).toBe(true);
    // On a doc page the menu opens on the docs sidebar, with the current page marked.
    const current = menu.locator('.menu__link--active', {hasText: '断路器'});
    await expect.poll(() => current.isVisible()).toBe(true);
    const retry = menu.locator('a.menu__link[href$="/docs/patterns/retry"]');
    await expect.poll(() => retry.isVisible()).toBe(true);
    await retry.tap();
    await page.waitForURL(/\/docs\/patterns\/retry$/);
    await expect.poll(() => page.locator('.navbar-sidebar--show').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
