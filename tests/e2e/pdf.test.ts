import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {PDFArray, PDFDict, PDFDocument, PDFName, PDFRef} from 'pdf-lib';
import {chapterOutline} from '@site/src/data/chapter-outline';
import {patterns} from '@site/src/data/patterns';
import {BOOK_FILE, DOWNLOADS_DIR, pdfFiles} from '@site/src/data/pdf-downloads';
import {destinationPages, outlineItems} from '@site/build-tools/pdf-print';
import {pageKey} from '@site/build-tools/pdf-book';
import {chapters} from '@site/src/data/chapters';
import {fileBrowser} from './browser';
import {siteUrl} from './site';

/**
 * The PDFs of `npm run pdf` (the build npm test makes): read back with poppler's tools and pdf-lib, as a reader's
 * PDF viewer would: fonts, text, page count, bookmarks, links; and the pages' "下载 PDF" links.
 */
const BUILD = path.resolve(__dirname, '../../build');
const DOWNLOADS = path.join(BUILD, DOWNLOADS_DIR);
const BOOK = path.join(DOWNLOADS, BOOK_FILE);

const run = (cmd: string, ...args: string[]) => execFileSync(cmd, args, {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
const squash = (s: string) => s.replace(/\s+/g, '');
const pdfText = (file: string, first?: number, last?: number) =>
  run('pdftotext', ...(first ? ['-f', String(first), '-l', String(last ?? first)] : []), '-enc', 'UTF-8', file, '-');
const info = (file: string) => Object.fromEntries(run('pdfinfo', '-enc', 'UTF-8', file).split('\n').map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
const h1Of = (docId: string) => {
  const html = readFileSync(path.join(BUILD, `${docId.replace(/\/index$/, '')}.html`.replace(/^/, 'docs/')), 'utf8');
  return /<h1[^>]*>(.*?)<\/h1>/.exec(html)![1]!.replace(/<[^>]+>/g, '');
};

let book: PDFDocument;
let bookText = '';
let dests = new Map<string, number>();

beforeAll(async () => {
  const bytes = readFileSync(BOOK);
  book = await PDFDocument.load(bytes, {updateMetadata: false});
  bookText = squash(pdfText(BOOK));
  dests = await destinationPages(bytes);
});

describe('the PDFs', () => {
  const files = [BOOK_FILE, ...chapterOutline.map((c) => `${c.slug}.pdf`)];

  it('are written for the whole book and every chapter, each a sane size', () => {
    for (const file of files) expect(existsSync(path.join(DOWNLOADS, file)), file).toBe(true);
    const pages = Object.fromEntries(files.map((f) => [f, Number(info(path.join(DOWNLOADS, f)).Pages)]));
    expect(pages[BOOK_FILE]).toBeGreaterThan(200);
    expect(pages[BOOK_FILE]).toBeLessThan(800);
    for (const c of chapterOutline) {
      expect(pages[`${c.slug}.pdf`], c.slug).toBeGreaterThanOrEqual(3);
      expect(pages[`${c.slug}.pdf`], c.slug).toBeLessThan(pages[BOOK_FILE]!);
    }
  });

  it('are tagged, titled and in Chinese', () => {
    const book = info(BOOK);
    expect(book.Title).toBe('云原生架构知识库');
    expect(book.Tagged).toBe('yes');
    expect(info(path.join(DOWNLOADS, 'orchestration.pdf')).Title).toBe('容器编排');
  });

  it('embed a CJK font as a real font (subset TrueType), not only as glyph drawings', () => {
    const fonts = run('pdffonts', BOOK).split('\n').slice(2);
    const cjk = fonts.filter((l) => /WenQuanYiMicroHei\s/.test(l));
    expect(cjk.length).toBeGreaterThan(0);
    for (const line of cjk) expect(line).toMatch(/CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    // Every font is embedded (pdffonts' "emb" column, fifth from the right).
    expect(fonts.filter(Boolean).filter((l) => l.trim().split(/\s+/).at(-5) !== 'yes')).toEqual([]);
  });

  it('hold every chapter title, every pattern name and every table caption of the seed', () => {
    for (const c of chapterOutline) expect(bookText, c.title).toContain(squash(c.title));
    for (const p of patterns) {
      expect(bookText, p.chinese).toContain(squash(p.chinese));
      expect(bookText, p.english).toContain(squash(p.english));
    }
    const captions = new Set<string>();
    for (const c of chapters) {
      for (const id of [c.index, ...c.pages]) {
        const html = readFileSync(path.join(BUILD, `docs/${id.replace(/\/index$/, '')}.html`), 'utf8');
        // Minified: the caption's end tag is left out, its text runs up to the table head.
        for (const m of html.matchAll(/<caption[^>]*>([^<]*)/g)) captions.add(m[1]!.replace(/&amp;/g, '&').trim());
      }
    }
    const seedCaptions = [...captions].filter((c) => c.startsWith('表格'));
    expect(seedCaptions.length).toBeGreaterThanOrEqual(8);
    for (const caption of seedCaptions) expect(bookText, caption).toContain(squash(caption));
  });

  it('draw diagrams and boxes as vectors: no raster images at all', () => {
    expect(run('pdfimages', '-list', BOOK).split('\n').slice(2).filter(Boolean)).toEqual([]);
  });

  it('have one bookmark per chapter, named once, with the pages and sections below', () => {
    const items = outlineItems(book);
    const top = items.filter((i) => i.level === 0).map((i) => i.title);
    expect(top).toEqual(chapterOutline.map((c) => h1Of(c.index)));
    expect(items.filter((i) => i.level === 1).map((i) => i.title)).toEqual(expect.arrayContaining(['K8s（Kubernetes）', '断路器（Circuit Breaker）']));
    const doubled = items.map((i) => i.title).filter((t) => t.length > 1 && t.length % 2 === 0 && t.slice(0, t.length / 2) === t.slice(t.length / 2));
    expect(doubled).toEqual([]);
  });

  it('list the chapters and pages in the contents with the page each starts on', () => {
    const firstContent = Math.min(...dests.values());
    const contents = run('pdftotext', '-layout', '-f', '2', '-l', String(firstContent - 1), '-enc', 'UTF-8', BOOK, '-').split('\n');
    const samples = [chapters[0]!.index, 'orchestration/kubernetes', 'patterns/circuit-breaker', 'glossary/index', 'about/changelog'];
    for (const id of samples) {
      const page = dests.get(pageKey(id));
      expect(page, id).toBeGreaterThan(1);
      // The page the entry points at starts with the page's title …
      expect(squash(pdfText(BOOK, page!)), id).toContain(squash(h1Of(id)));
      // … and the contents print that page number after the title.
      const title = id.endsWith('/index') ? chapterOutline.find((c) => c.index === id)!.title : h1Of(id);
      const line = contents.find((l) => squash(l).startsWith(squash(title)) && /\d+\s*$/.test(l) && /^\D*$/.test(squash(l).slice(squash(title).length).replace(/\d+$/, '')));
      expect(line, `${title} in the contents`).toBeDefined();
      expect(/(\d+)\s*$/.exec(line!)![1], title).toBe(String(page));
    }
  });

  it('resolve every internal link to a page of the PDF, links between pages included', () => {
    const names = new Set(dests.keys());
    let internal = 0;
    let crossPage = 0;
    for (const [index, p] of book.getPages().entries()) {
      const annots = p.node.Annots();
      for (let i = 0; i < (annots?.size() ?? 0); i++) {
        const annot = annots!.lookup(i, PDFDict);
        const dest = annot.get(PDFName.of('Dest'));
        if (!dest) continue;
        internal++;
        const name = dest instanceof PDFName ? dest.decodeText() : '';
        expect(names.has(name), `page ${index + 1}: link to ${dest.toString()}`).toBe(true);
        if (index > 4 && dests.get(name) !== index + 1) crossPage++;
      }
    }
    expect(internal).toBeGreaterThan(500);
    expect(crossPage).toBeGreaterThan(100);
    // A glossary term on the Kubernetes page leads to its entry in the glossary chapter.
    expect(squash(pdfText(BOOK, dests.get('glossary--pod')!))).toContain('Pod');
  });

  it('print the chapter at the top and the page number at the bottom of each page, not on the cover', () => {
    const total = book.getPageCount();
    const k8s = dests.get(pageKey('orchestration/kubernetes'))!;
    const text = pdfText(BOOK, k8s);
    expect(text).toContain('云原生架构知识库');
    expect(text).toContain('容器编排');
    expect(text).toContain(`${k8s} / ${total}`);
    expect(pdfText(BOOK, 1)).not.toContain(`1 / ${total}`);
  });

  it('have their destinations on real pages', () => {
    const first = book.catalog.lookup(PDFName.of('Dests'), PDFDict);
    const value = first.lookup(PDFName.of(pageKey('orchestration/kubernetes')));
    expect(value).toBeInstanceOf(PDFArray);
    expect((value as PDFArray).get(0)).toBeInstanceOf(PDFRef);
  });
});

describe('下载 PDF on the pages', () => {
  const browser = fileBrowser();

  it("links the page's chapter and the whole book from each doc page's footer, and both files are there", async () => {
    const page = await (await browser.newContext({javaScriptEnabled: false})).newPage();
    await page.goto(siteUrl('docs/orchestration/kubernetes'));
    const footer = page.locator('.theme-doc-footer');
    const chapter = footer.getByRole('link', {name: /^本章\s*（容器编排）$/});
    const whole = footer.getByRole('link', {name: '全书'});
    expect(await chapter.getAttribute('href')).toBe(`/${pdfFiles().chapters.orchestration}`);
    expect(await whole.getAttribute('href')).toBe(`/${pdfFiles().book}`);
    for (const href of [await chapter.getAttribute('href'), await whole.getAttribute('href')]) {
      const response = await page.request.get(siteUrl(href!));
      expect(response.status(), href!).toBe(200);
      expect(response.headers()['content-type'], href!).toContain('application/pdf');
    }
    await page.context().close();
  });

  it('lists the book and every chapter on the about page', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(siteUrl('docs/about#pdf'));
    const links = await page.locator('#pdf ~ ul a[href$=".pdf"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual([`/${pdfFiles().book}`, ...chapterOutline.map((c) => `/${pdfFiles().chapters[c.slug]}`)]);
    await page.context().close();
  });
});
