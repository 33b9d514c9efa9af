import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {fileBrowser, hydrated} from './browser';
import {siteUrl} from './site';

const BUILD = path.resolve(__dirname, '../../build');

/** Site paths ("docs/orchestration") of every built page that holds a <table>. */
function pagesWithTables(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.html') && readFileSync(file, 'utf8').includes('<table')) {
        found.push(path.relative(BUILD, file).replace(/\.html$/, '').replace(/(^|\/)index$/, ''));
      }
    }
  };
  walk(path.join(BUILD, 'docs'));
  return found.sort();
}

/**
 * Every box between a table cell and the page that clips its content vertically: an element whose overflow-y is
 * not visible and whose content is taller than the element. The page must have none, so every row is reached by
 * scrolling the page.
 */
function clippingBoxes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const table of document.querySelectorAll('article table')) {
      const cells = table.querySelectorAll('td, th');
      const last = cells[cells.length - 1];
      for (let el: Element | null = last ?? table; el && el !== document.documentElement; el = el.parentElement) {
        const overflowY = getComputedStyle(el).overflowY;
        if (overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1) {
          found.push(`${table.querySelector('caption')?.textContent ?? 'table'}: <${el.tagName.toLowerCase()} class="${el.className}"> overflow-y ${overflowY}, ${el.scrollHeight} px in ${el.clientHeight} px`);
        }
      }
    }
    return found;
  });
}

/** Inputs, selects and buttons inside the article that a printed page would show. */
function visibleControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('article input, article select, article button, article [role="button"]')]
      .filter((el) => (el as HTMLElement).offsetParent !== null && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}

const browser = fileBrowser();

const pages = pagesWithTables();

describe('tables show every row', () => {
  it('finds the pages with tables', () => {
    expect(pages).toContain('docs/orchestration');
    expect(pages).toContain('docs/design-patterns/azure-patterns');
    expect(pages).toContain('docs/architecture/twelve-factor');
  });

  const viewports = [
    {name: 'desktop', viewport: {width: 1280, height: 900}, isMobile: false},
    {name: 'phone', viewport: {width: 390, height: 844}, isMobile: true},
  ];
  for (const {name, viewport, isMobile} of viewports) {
    it.each(pages)(`%s (${name}): no table row hides in an inner scroll box, on screen or in print`, async (sitePath) => {
      const context = await browser.newContext({viewport, isMobile, hasTouch: isMobile});
      const page = await context.newPage();
      await page.goto(siteUrl(sitePath));
      await hydrated(page);
      expect(await clippingBoxes(page)).toEqual([]);
      await page.emulateMedia({media: 'print'});
      expect(await clippingBoxes(page)).toEqual([]);
      expect(await visibleControls(page)).toEqual([]);
      await context.close();
    });
  }

  it('the header row sticks below the navbar while the page scrolls through a table that fits', async () => {
    const context = await browser.newContext({viewport: {width: 1280, height: 900}});
    const page = await context.newPage();
    await page.goto(siteUrl('docs/design-patterns/azure-patterns'));
    await hydrated(page);
    const table = page.locator('#azure-patterns-2018 table');
    await expect.poll(() => table.evaluate((t) => t.parentElement!.hasAttribute('data-fits'))).toBe(true);
    const {navbarBottom, headerTop, rowsAbove} = await table.evaluate((t) => {
      const body = t.querySelector('tbody')!;
      window.scrollTo(0, body.getBoundingClientRect().top + window.scrollY + body.offsetHeight / 2);
      const header = t.querySelector('thead th')!.getBoundingClientRect();
      return {
        navbarBottom: document.querySelector('.navbar')!.getBoundingClientRect().bottom,
        headerTop: header.top,
        rowsAbove: [...body.rows].filter((r) => r.getBoundingClientRect().bottom < header.top).length,
      };
    });
    expect(Math.abs(headerTop - navbarBottom)).toBeLessThanOrEqual(1);
    expect(rowsAbove).toBeGreaterThan(5);
    await context.close();
  });

  it('a phone shows a comparison as one card per row, each value under its column name', async () => {
    const context = await browser.newContext({viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true});
    const page = await context.newPage();
    await page.goto(siteUrl('docs/orchestration'));
    await hydrated(page);
    const firstRow = page.locator('#orchestrators tbody tr').first();
    const box = await firstRow.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    const label = await firstRow.locator('td').first().evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).toBe('"K8s"');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });
});
