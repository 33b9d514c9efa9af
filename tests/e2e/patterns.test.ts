import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {patterns} from '@site/src/data/patterns';
import {fileBrowser, holdMainBundle, hydrated} from './browser';
import {siteUrl} from './site';

const browser = fileBrowser();

async function open(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await browser.newContext({colorScheme});
  const page = await context.newPage();
  await page.goto(siteUrl(path));
  await hydrated(page);
  return page;
}

const cards = (page: Page) => page.locator('li[data-slug]');

describe('pattern explorer', () => {
  it('lists every pattern in the server HTML', async () => {
    const html = await (await fetch(siteUrl('docs/patterns'))).text();
    expect(html.match(/data-slug=/g)).toHaveLength(patterns.length);
  });

  it('filters from the UI and puts the filters in the URL', async () => {
    const page = await open('docs/patterns');
    await expect.poll(() => cards(page).count()).toBe(patterns.length);
    await page.getByRole('combobox', {name: '架构支柱'}).selectOption('security');
    const security = patterns.filter((p) => p.pillars.includes('security')).length;
    await expect.poll(() => cards(page).count()).toBe(security);
    await page.locator('main').getByRole('searchbox').fill('大使');
    await expect.poll(() => cards(page).count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('pillar')).toBe('security');
    expect(new URL(page.url()).searchParams.get('q')).toBe('大使');
    await page.context().close();
  });

  it('hides the filters without JavaScript, and keeps them inert until hydration', async () => {
    const noJs = await browser.newContext({javaScriptEnabled: false});
    const page = await noJs.newPage();
    await page.goto(siteUrl('docs/patterns'));
    expect(await cards(page).count()).toBe(patterns.length);
    expect(await page.getByRole('search', {name: '筛选模式'}).isHidden()).toBe(true);
    await noJs.close();

    // With JavaScript, hold the bundles back: the form is shown (no layout shift at hydration) but inert.
    const context = await browser.newContext();
    const held = await context.newPage();
    const release = await holdMainBundle(held);
    await held.goto(siteUrl('docs/patterns'), {waitUntil: 'domcontentloaded'});
    const form = held.getByRole('search', {name: '筛选模式'});
    await expect.poll(() => form.isVisible()).toBe(true);
    expect(await form.getAttribute('inert')).toBe('');
    release();
    await hydrated(held);
    expect(await form.getAttribute('inert')).toBeNull();
    expect(await form.locator('[disabled]').count()).toBe(0);
    await context.close();
  });

  it('restores a filtered view from a shared link', async () => {
    const page = await open('docs/patterns?source=container-paper');
    await expect.poll(() => cards(page).count()).toBe(7);
    expect(await page.getByRole('combobox', {name: '来源'}).inputValue()).toBe('container-paper');
    await page.context().close();
  });
});

describe('pattern pages', () => {
  it('show the pre-rendered diagram of every pattern page, light and dark, with alt text', async () => {
    const failed: string[] = [];
    // The two modes at once, in two tabs (each its own renderer process).
    await Promise.all((['light', 'dark'] as const).map(async (colorScheme) => {
      const context = await browser.newContext({colorScheme});
      const page = await context.newPage();
      for (const p of patterns) {
        await page.goto(siteUrl(`docs/patterns/${p.slug}`));
        const img = page.locator('#solution ~ figure img:visible').first();
        try {
          await img.scrollIntoViewIfNeeded({timeout: 10_000});
          await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth), {timeout: 10_000}).toBeGreaterThan(100);
          const src = (await img.getAttribute('src')) ?? '';
          if (!src.endsWith(`-${colorScheme}.svg`)) failed.push(`${p.slug}: ${colorScheme} mode shows ${src}`);
          if (((await img.getAttribute('alt')) ?? '').length < 10) failed.push(`${p.slug}: no alt text`);
          const box = await img.boundingBox();
          if (!box || box.width < 100 || box.height < 40) failed.push(`${p.slug}: image too small`);
        } catch {
          failed.push(`${p.slug}: no visible diagram in ${colorScheme} mode`);
        }
      }
      await context.close();
    }));
    expect(failed).toEqual([]);
  }, 600_000);

  it('link the seed tables to the pattern pages', async () => {
    const page = await open('docs/design-patterns/azure-patterns');
    await page.locator('#azure-patterns-2018').getByRole('link', {name: '断路器'}).click();
    await page.waitForURL(/\/docs\/patterns\/circuit-breaker$/);
    await expect.poll(() => page.locator('h1').innerText()).toContain('断路器');
    await page.context().close();
  });
});

// axe on the explorer and every pattern page, light and dark: tests/e2e/every-page.test.ts.
