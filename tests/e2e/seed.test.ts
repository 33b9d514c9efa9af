import {beforeAll, describe, expect, it} from 'vitest';
import {normalize, seedFragments, seedUrls} from '@site/build-tools/seed';
import {fileBrowser} from './browser';
import {sitemapUrls} from './site';

const browser = fileBrowser();
/** Visible text (innerText) of every page, normalized, and every link target on the site. */
let siteText = '';
const siteLinks = new Set<string>();

beforeAll(async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const texts: string[] = [];
  for (const url of sitemapUrls()) {
    await page.goto(url);
    texts.push(await page.locator('main').innerText());
    for (const href of await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      if (href) siteLinks.add(href);
    }
  }
  siteText = normalize(texts.join('\n'));
  await context.close();
}, 180_000);

describe('the seed document on the site', () => {
  const fragments = seedFragments();

  it('is split into its sentences, list items and table cells', () => {
    expect(fragments.length).toBeGreaterThan(300);
  });

  it('shows every sentence, list item, table cell and heading (typos corrected)', () => {
    const missing = fragments.filter((fragment) => !siteText.includes(fragment));
    expect(missing).toEqual([]);
  });

  it('links every URL the seed links', () => {
    const missing = seedUrls().filter((url) => !siteLinks.has(url));
    expect(missing).toEqual([]);
  });
});
