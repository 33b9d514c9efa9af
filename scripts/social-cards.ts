/**
 * Renders the link-preview images (og:image) with Debian's Chromium, reusing one browser page:
 *   static/img/social-card.png            the site-wide card (home page and other non-doc pages)
 *   static/img/social/<doc id>.png        one card per doc: site name, chapter, page title
 *   static/img/social/manifest.json       doc id -> {file, title, chapter, hash}
 * Only cards whose hash (title + chapter + DESIGN_VERSION) changed are rendered again; cards of deleted
 * docs are removed. The PNGs are committed: `docusaurus build` only copies them, so building the site
 * needs neither Chromium nor CJK fonts. tests/unit/social-cards.test.ts fails when a card is stale.
 *
 *   npm run social-cards              render new and stale cards
 *   npm run social-cards -- --force   render every card
 */
import path from 'node:path';
import {mkdirSync, readdirSync, rmSync, rmdirSync, statSync, writeFileSync} from 'node:fs';
import type {Page} from 'playwright-core';
import {launchChromium} from '../build-tools/chromium';
import {ROOT} from '../build-tools/docs';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  MANIFEST_PATH,
  SOCIAL_DIR,
  STATIC_DIR,
  expectedCards,
  listCardFiles,
  readManifest,
  type CardSpec,
} from '../build-tools/social-cards';
import {optimizePng} from '../build-tools/png';
import {pageCardHtml, siteCardHtml, splitTitle} from '../build-tools/social-card-html';

/** What the card page's script offers (build-tools/social-card-html.ts). */
interface CardWindow {
  renderCard(main: string, english: string, chapter: string): {size: number; truncated: boolean};
}

async function screenshot(page: Page, file: string): Promise<void> {
  const png = await page.screenshot({type: 'png'});
  const out = path.join(STATIC_DIR, file);
  mkdirSync(path.dirname(out), {recursive: true});
  writeFileSync(out, optimizePng(png));
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  const cards = expectedCards();
  const previous = readManifest();
  const existing = new Set(listCardFiles());
  const todo = Object.entries(cards).filter(
    ([id, card]) => force || previous[id]?.hash !== card.hash || previous[id]?.file !== card.file || !existing.has(card.file),
  );

  const browser = await launchChromium();
  try {
    const page = await browser.newPage({viewport: {width: CARD_WIDTH, height: CARD_HEIGHT}});
    await page.setContent(siteCardHtml);
    await page.evaluate(() => document.fonts.ready);
    await screenshot(page, 'img/social-card.png');

    for (const [id, card] of todo) {
      // A fresh document for every card: with partial repaints, edge pixels would depend on the previous card.
      await page.setContent(pageCardHtml);
      await page.evaluate(() => document.fonts.ready);
      const [main, english] = splitTitle(card.title);
      const {truncated} = await page.evaluate(
        (args) => (window as unknown as CardWindow).renderCard(...args),
        [main, english, card.chapter] as const,
      );
      if (truncated) console.warn(`warning: ${id}: title too long for the card, cut with an ellipsis`);
      await screenshot(page, card.file);
      console.log(`rendered ${card.file}  (${id})`);
    }
  } finally {
    await browser.close();
  }

  // Cards of docs that no longer exist, and the folders they leave empty.
  const wanted = new Set(Object.values(cards).map((c: CardSpec) => c.file));
  for (const file of existing) {
    if (wanted.has(file)) continue;
    rmSync(path.join(STATIC_DIR, file));
    console.log(`removed ${file}`);
    for (let dir = path.dirname(path.join(STATIC_DIR, file)); dir !== SOCIAL_DIR && readdirSync(dir).length === 0; dir = path.dirname(dir)) {
      rmdirSync(dir);
    }
  }
  mkdirSync(SOCIAL_DIR, {recursive: true});
  writeFileSync(MANIFEST_PATH, `${JSON.stringify(cards, null, 2)}\n`);

  const total = listCardFiles().reduce((sum, file) => sum + statSync(path.join(STATIC_DIR, file)).size, 0);
  console.log(
    `${todo.length} of ${Object.keys(cards).length} cards rendered; ${path.relative(ROOT, SOCIAL_DIR)} holds ${kib(total)} of PNG`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
