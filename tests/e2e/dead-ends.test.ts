import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';

import {describe, expect, it} from 'vitest';
import {axe, fileBrowser, hydrated} from './browser';
import {siteUrl, sitemapUrls} from './site';

const ROOT = path.resolve(__dirname, '../..');

const browser = fileBrowser();

describe('the 404 page', () => {
  it('answers 404 in Chinese, suggests the page a typo meant first, and searches the words of the address', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(siteUrl('docs/patterns/circuit-braker'));
    expect(response?.status()).toBe(404);
    await hydrated(page);
    expect(await page.locator('main h1').innerText()).toBe('找不到页面');
    expect(await page.locator('main code').innerText()).toBe('/docs/patterns/circuit-braker');
    const suggestions = page.locator('main ol a');
    await suggestions.first().waitFor();
    expect(await suggestions.count()).toBe(5);
    expect(await suggestions.first().innerText()).toBe('断路器（Circuit Breaker）');
    const box = page.getByRole('searchbox', {name: '搜索本站'});
    expect(await box.inputValue()).toBe('circuit braker');
    await box.fill('断路器');
    await page.getByRole('button', {name: '搜索', exact: true}).click();
    await page.waitForURL(/\/search\?q=/);
    await page.locator('main a[href*="/docs/patterns/circuit-breaker"]').first().waitFor({timeout: 15_000});
    await context.close();
  });

  it.each(['light', 'dark'] as const)('has no axe violations (%s)', async (colorScheme) => {
    const context = await browser.newContext({colorScheme});
    const page = await context.newPage();
    await page.goto(siteUrl('docs/no-such-page'));
    await hydrated(page);
    await page.locator('main ol a').first().waitFor();
    const {violations} = await axe(page).analyze();
    await context.close();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('without JavaScript still offers the search form and the chapters', async () => {
    const context = await browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(siteUrl('docs/patterns/circuit-braker'));
    expect(await page.locator('main form[role="search"] input[name="q"]').isVisible()).toBe(true);
    expect(await page.locator('main a[href="/docs/orchestration"]').count()).toBe(1);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('/search says why it cannot search and lists the chapters instead of an empty box', async () => {
    const context = await browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(`${siteUrl('search')}?q=${encodeURIComponent('断路器')}`);
    const note = page.getByRole('note');
    expect(await note.innerText()).toContain('需要启用 JavaScript');
    expect(await note.locator('a[href="/docs/design-patterns"]').isVisible()).toBe(true);
    expect(await page.locator('main input:visible').count()).toBe(0);
    await context.close();
  });

  it('a phone gets a working 目录 link in place of the menu button, to a site map of every page', async () => {
    const context = await browser.newContext({javaScriptEnabled: false, viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true});
    const page = await context.newPage();
    await page.goto(siteUrl('docs/orchestration/kubernetes'));
    expect(await page.locator('.navbar__toggle').isVisible()).toBe(false);
    const link = page.getByRole('link', {name: '目录', exact: true});
    expect(await link.isVisible()).toBe(true);
    await link.click();
    await page.waitForURL(/\/site-map$/);
    expect(await page.locator('main h1').innerText()).toBe('网站目录');
    const linked = new Set(await page.locator('main a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)));
    const docs = sitemapUrls().map((u) => new URL(u).pathname).filter((p) => p.startsWith('/docs/'));
    expect(docs.filter((p) => !linked.has(p))).toEqual([]);
    await context.close();
  });

  it('with JavaScript, the 目录 link is not shown and the menu button is', async () => {
    const context = await browser.newContext({viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true});
    const page = await context.newPage();
    await page.goto(siteUrl('docs/orchestration/kubernetes'));
    await hydrated(page);
    expect(await page.locator('.navbar__toggle').isVisible()).toBe(true);
    expect(await page.getByRole('link', {name: '目录', exact: true}).isVisible()).toBe(false);
    await context.close();
  });
});

describe('doc footer', () => {
  /** The date of the last commit of a doc, or undefined outside a full git history (then the site shows none). */
  function lastCommitDate(file: string): string | undefined {
    try {
      if (execFileSync('git', ['rev-parse', '--is-shallow-repository'], {cwd: ROOT, encoding: 'utf8'}).trim() !== 'false') return undefined;
      return execFileSync('git', ['log', '-1', '--format=%cs', '--', file], {cwd: ROOT, encoding: 'utf8'}).trim() || undefined;
    } catch {
      return undefined;
    }
  }

  it('says when the page was last updated: the date of its last commit (none without the full history)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(siteUrl('docs/orchestration/mesos'));
    const expected = lastCommitDate('docs/orchestration/mesos.md');
    const time = page.locator('article footer time[datetime]');
    if (expected) {
      expect(await page.locator('article footer').innerText()).toContain('最后更新：');
      expect((await time.getAttribute('datetime'))!.slice(0, 10)).toBe(expected);
    } else {
      expect(await time.count()).toBe(0);
    }
    // This build has no ISSUE_URL: no "报告问题" link (base-url.test.ts builds with one).
    expect(await page.getByRole('link', {name: /^报告问题/}).count()).toBe(0);
    await context.close();
  });
});

describe('reader pages speak to readers', () => {
  /** How the maintainers talk: issue numbers, the repository's commands and files, the test gates. */
  const MAINTAINER_TALK = [
    /\bissue\s*#?\d+/i,
    /\bnpm test\b/,
    /\bnpm run (check:|bench|social-cards|diagrams|deploy-config|test:)/,
    /\b(scripts|plugins|config|tests)\/[\w./-]+\.(ts|cjs|mts)\b/,
    /门禁|性能预算|Lighthouse 门槛|\bgates?\b/i,
    /\b(KB_TWEAKS|BENCH_EACH)\b/,
  ];

  it('no built page mentions issue numbers, the repository\'s scripts or its gates', () => {
    const BUILD = path.join(ROOT, 'build');
    const pages = execFileSync('find', [BUILD, '-name', '*.html', '-not', '-path', '*/assets/*'], {encoding: 'utf8'}).trim().split('\n');
    expect(pages.length).toBeGreaterThan(100);
    const found = pages.flatMap((file) => {
      const text = readFileSync(file, 'utf8')
        .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
        .replace(/<[^>]+>/g, ' ');
      return MAINTAINER_TALK.flatMap((re) => {
        const m = re.exec(text);
        return m ? [`${path.relative(BUILD, file)}: “${text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 20).replace(/\s+/g, ' ')}”`] : [];
      });
    });
    expect(found).toEqual([]);
  });

  it('the old performance page\'s address leads to 关于本站', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(siteUrl('docs/about/performance'));
    await page.waitForURL(/\/docs\/about$/);
    expect(await page.locator('article h1').innerText()).toBe('关于本站');
    await context.close();
  });
});
