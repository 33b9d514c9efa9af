import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {fileBrowser, hydrated} from './browser';
import {siteUrl, sitemapLocs} from './site';

/** Markdown copies, llms.txt and the data files, on the production build (plugins/llms.ts, plugins/data-exports.ts). */
const BUILD = path.resolve(__dirname, '../../build');
const read = (rel: string) => readFileSync(path.join(BUILD, rel), 'utf8');
const locs = sitemapLocs();
const origin = new URL(locs[0]!).origin;
const docLocs = locs.filter((l) => new URL(l).pathname.startsWith('/docs/') || new URL(l).pathname.includes('/docs/'));
const fileOf = (loc: string) => {
  const p = decodeURIComponent(new URL(loc).pathname).replace(/^\//, '');
  return p === '' ? 'index' : p;
};

describe('llms.txt and the Markdown copies', () => {
  const llms = read('llms.txt');

  it('llms.txt lists every sitemap URL (a doc page by its .md copy), each with a description', () => {
    const missing = locs.filter((loc) => !llms.includes(`](${loc})`) && !llms.includes(`](${loc}.md)`));
    expect(missing).toEqual([]);
    const lines = llms.split('\n').filter((l) => l.startsWith('- ['));
    expect(lines.filter((l) => /\]\([^)]+\): \S/.test(l)).length).toBe(lines.length);
    expect(llms.startsWith('# 云原生架构知识库\n\n> ')).toBe(true);
  });

  it.each(docLocs.map((l) => [new URL(l).pathname, l] as const))('%s.md has the page title and no MDX or JSX left', (_path, loc) => {
    const rel = `${fileOf(loc)}.md`;
    expect(existsSync(path.join(BUILD, rel)), rel).toBe(true);
    const md = read(rel);
    const html = read(`${fileOf(loc)}.html`);
    const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').trim();
    expect(md).toMatch(new RegExp(`^---\\ntitle: ${JSON.stringify(h1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`));
    expect(md).toContain(`\n# ${h1}\n`);
    expect(md).toContain(`url: ${loc}\n`);
    const body = md.replace(/```[\s\S]*?```/g, '');
    expect(body, 'JSX element').not.toMatch(/<[A-Z][A-Za-z]*[\s/>]/);
    expect(body, 'MDX import/export').not.toMatch(/^(import|export) /m);
    expect(body, 'heading id syntax').not.toMatch(/\{#[a-z0-9-]+\}/);
    expect(body, 'React comment').not.toContain('<!-- -->');
    // Controls' text (prose may name them: the about page does).
    expect(body, 'UI text').not.toMatch(/，按此列排序|⤢|改为复制纯网址/);
  });

  it('keeps each heading id as an anchor, tables as Markdown tables and diagrams as their SVG with alt text', () => {
    const md = read('docs/architecture/twelve-factor.md');
    expect(md).toMatch(/^#{2,3} .+ <a id="port-binding"><\/a>$/m);
    expect(md).toMatch(/^\| 序号 \| 要素 +\| 英文/m);
    const k8s = read('docs/orchestration/kubernetes.md');
    expect(k8s).toMatch(/!\[K8s 结构：[^\]]+\]\(https?:\/\/[^)]+\/diagrams\/orchestration\/kubernetes\/1-light\.svg\)/);
    // Code blocks fenced with their language, one line per line.
    expect(read('docs/patterns/cqrs.md')).toMatch(/```yaml\napiVersion: networking\.istio\.io\/v1\nkind: VirtualService\n/);
  });

  it('llms-full.txt holds every doc page', () => {
    const full = read('llms-full.txt');
    for (const loc of docLocs) expect(full).toContain(`url: ${loc}\n`);
  });

  it('serves the copies as UTF-8 text', async () => {
    const res = await fetch(siteUrl('docs/patterns/sidecar.md'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(await res.text()).toContain('# Sidecar');
    const data = await fetch(siteUrl('data/patterns.json'));
    expect(data.headers.get('content-type')).toMatch(/^application\/json/);
    expect(((await data.json()) as {count: number}).count).toBeGreaterThan(40);
    expect(origin).toMatch(/^https?:/);
  });
});

describe('the feed of changes', () => {
  it('is served as Atom and linked from every page\'s head', async () => {
    const res = await fetch(siteUrl('changes.atom'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    expect(await res.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    for (const rel of ['index.html', 'docs/patterns/sidecar.html', 'search.html']) {
      expect(read(rel), rel).toMatch(/<link rel="?alternate"? type="?application\/atom\+xml"?[^>]*href="?\/changes\.atom"?/);
    }
  });
});

const browser = fileBrowser();

describe('the changelog page', () => {
  it('lists the same changes as the feed, newest first, each row linkable', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('docs/about/changelog#site-changes'));
    const rows = page.locator('#site-changes-table tbody tr');
    await rows.first().waitFor();
    const feed = read('changes.atom');
    const feedTitles = [...feed.matchAll(/<entry>\s*<id>[^<]*<\/id>\s*<title>([^<]*)<\/title>/g)].map((m) => m[1]);
    const rowTexts = await rows.allInnerTexts();
    expect(rowTexts).toHaveLength(feedTitles.length);
    rowTexts.forEach((text, i) => expect(text).toContain(feedTitles[i]));
    const firstId = /<entry>\s*<id>[^#]*#([^<]+)<\/id>/.exec(feed)![1]!;
    expect(await page.locator(`tr[id="${firstId}"]`).count()).toBe(1);
    await page.close();
  });
});

describe('复制为 Markdown', () => {
  it('puts the page\'s Markdown on the clipboard', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: new URL(siteUrl()).origin});
    const page = await context.newPage();
    await page.goto(siteUrl('docs/patterns/circuit-breaker'));
    await hydrated(page);
    await page.getByRole('button', {name: '复制为 Markdown'}).click();
    await page.getByText('已复制本页的 Markdown').waitFor({timeout: 10_000});
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^---\ntitle: "断路器（Circuit Breaker）"/);
    expect(copied).toContain('<a id="solution"></a>');
    await context.close();
  });
});
