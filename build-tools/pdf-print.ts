import {execFileSync} from 'node:child_process';
import {mkdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString} from 'pdf-lib';
import type {Browser} from 'playwright-core';
import {chapters} from '../src/data/chapters';
import {BOOK_FILE, DOWNLOADS_DIR} from '../src/data/pdf-downloads';
import {launchChromium} from './chromium';
import {composeBook, docPath, type BookSpec, type PageNumbers} from './pdf-book';
import {serveBuild} from './serve';
import {pageFile} from './url-contract';

export interface SiteInfo {
  readonly title: string;
  readonly tagline: string;
  /** SITE_URL + BASE_URL. */
  readonly publicUrl: string;
  readonly baseUrl: string;
  readonly date: string;
}

/** The PDFs to print: the whole book, then one per chapter. Reads each page's HTML from the build. */
export function bookSpecs(outDir: string, site: SiteInfo): BookSpec[] {
  const read = (id: string) => {
    const file = pageFile(outDir, docPath(id));
    if (!file) throw new Error(`PDF: the build has no page for ${docPath(id)} (doc ${id})`);
    return {id, html: readFileSync(file, 'utf8')};
  };
  const all = chapters.map((c) => ({slug: c.slug, title: c.title, summary: c.summary, pages: [c.index, ...c.pages].map(read)}));
  const common = {date: site.date, publicUrl: site.publicUrl, baseUrl: site.baseUrl, siteTitle: site.title};
  return [
    {...common, file: BOOK_FILE, title: site.title, subtitle: site.tagline, chapters: all, tocSections: false},
    ...all.map((c) => ({...common, file: `${c.slug}.pdf`, title: c.title, subtitle: c.summary, chapters: [c], tocSections: c.pages.length <= 12})),
  ];
}

/** The page number (from 1) of every named destination of a PDF: Chromium writes one for each fragment link's target. */
export async function destinationPages(pdf: Uint8Array): Promise<Map<string, number>> {
  const doc = await PDFDocument.load(pdf, {updateMetadata: false});
  const pageOf = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const result = new Map<string, number>();
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  for (const [name, value] of dests?.entries() ?? []) {
    const dest = doc.context.lookup(value);
    const ref = dest instanceof PDFArray ? dest.get(0) : undefined;
    const page = ref instanceof PDFRef ? pageOf.get(ref.toString()) : undefined;
    if (page) result.set(name.decodeText(), page);
  }
  return result;
}

export interface PrintedPdf {
  readonly file: string;
  readonly bytes: number;
  readonly pages: number;
  readonly ms: number;
}

/** Each bookmark of a PDF with its level (0 for the top), in order. */
export function outlineItems(doc: PDFDocument): {title: string; level: number; item: PDFDict}[] {
  const items: {title: string; level: number; item: PDFDict}[] = [];
  const walk = (parent: PDFDict | undefined, level: number) => {
    for (let n = parent?.lookupMaybe(PDFName.of('First'), PDFDict); n; n = n.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const title = n.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString);
      items.push({title: title?.decodeText() ?? '', level, item: n});
      walk(n, level + 1);
    }
  };
  walk(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict), 0);
  return items;
}

/**
 * The printed PDF made ready to ship: document properties set, the bookmarks of the chapters' titles named once
 * (Chromium 156 names the bookmark of a heading that a page break moved to the next page twice, "云原生云原生"), and the
 * objects packed into compressed object streams (the tagged structure is a third of Chromium's file).
 */
export async function finishPdf(pdf: Uint8Array, spec: BookSpec, headings: readonly string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, {updateMetadata: false});
  const known = new Set(headings);
  for (const {title, item} of outlineItems(doc)) {
    const half = title.slice(0, title.length / 2);
    const once = title.length % 2 === 0 && title === half + half && known.has(half) ? half : undefined;
    if (once) item.set(PDFName.of('Title'), PDFHexString.fromText(once));
  }
  doc.setTitle(spec.title, {showInWindowTitleBar: true});
  doc.setSubject(spec.subtitle);
  doc.setAuthor(spec.siteTitle);
  doc.setLanguage('zh-Hans');
  doc.setCreator(`${spec.siteTitle} ${spec.publicUrl}`);
  doc.setKeywords(['云原生', 'cloud native', ...spec.chapters.map((c) => c.title)]);
  return doc.save({useObjectStreams: true});
}

const sameNumbers = (a: PageNumbers, b: PageNumbers, targets: readonly string[]) => targets.every((t) => a.get(t) === b.get(t));

/**
 * Prints one PDF: composes it, prints it once to learn on which page each table-of-contents entry lands, then
 * again with the page numbers filled in (they sit in fixed-width boxes, so the pages do not move; checked).
 */
async function printOne(browser: Browser, siteUrl: string, spec: BookSpec, outPath: string): Promise<PrintedPdf> {
  const started = Date.now();
  // The viewport as wide as an A4 page's text (178 mm at 96 dpi), so the pages lay out as on paper.
  const context = await browser.newContext({javaScriptEnabled: false, viewport: {width: 673, height: 950}});
  try {
    const page = await context.newPage();
    let html = '';
    await page.route(`${siteUrl}__pdf/**`, (route) => route.fulfill({contentType: 'text/html; charset=utf-8', body: html}));
    const print = async (numbers?: PageNumbers) => {
      const composed = await composeBook(spec, numbers);
      html = composed.html;
      await page.goto(`${siteUrl}__pdf/${spec.file.replace(/\.pdf$/, '')}`, {waitUntil: 'networkidle'});
      await page.emulateMedia({media: 'print'});
      const broken = await page.$$eval('img', (imgs) => imgs.filter((i) => !i.complete || i.naturalWidth === 0).map((i) => i.getAttribute('src')));
      if (broken.length) throw new Error(`PDF ${spec.file}: images did not load: ${broken.join(', ')}`);
      // A table wider than the page (the mesh comparison) gets a landscape page of its own; Chromium would otherwise
      // shrink every page of the PDF to fit it.
      const wide = await page.$$eval('main table', (tables) => {
        const found: string[] = [];
        for (const table of tables) {
          if (table.scrollWidth <= document.documentElement.clientWidth + 1) continue;
          table.classList.add('kb-pdf-wide');
          table.style.setProperty('page', `${table.closest<HTMLElement>('.kb-pdf-chapter')?.dataset.page ?? 'kb-chapter-0'}-wide`);
          found.push(table.closest('section')?.id ?? '?');
        }
        return found;
      });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 1) {
        const culprits = await page.$$eval('main *', (els) => els.filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(0, 3).map((e) => `${e.tagName.toLowerCase()}.${e.className} in #${e.closest('section')?.id ?? '?'}`));
        throw new Error(`PDF ${spec.file}: content wider than the page (${culprits.join('; ')}; wide tables: ${wide.join(', ') || 'none'})`);
      }
      const pdf = await page.pdf({preferCSSPageSize: true, printBackground: true, outline: true, tagged: true});
      const pages = await destinationPages(pdf);
      const missing = composed.targets.filter((t) => !pages.has(t));
      if (missing.length) throw new Error(`PDF ${spec.file}: no destination for ${missing.slice(0, 5).join(', ')}`);
      return {pdf, pages, targets: composed.targets, headings: composed.headings};
    };
    const first = await print();
    let numbered = await print(first.pages);
    if (!sameNumbers(first.pages, numbered.pages, numbered.targets)) {
      numbered = await print(numbered.pages);
      if (!sameNumbers(first.pages, numbered.pages, numbered.targets)) throw new Error(`PDF ${spec.file}: the page numbers of the contents do not settle`);
    }
    const finished = await finishPdf(numbered.pdf, spec, numbered.headings);
    writeFileSync(outPath, finished);
    const pageCount = (await PDFDocument.load(finished, {updateMetadata: false})).getPageCount();
    return {file: spec.file, bytes: statSync(outPath).size, pages: pageCount, ms: Date.now() - started};
  } finally {
    await context.close();
  }
}

/** The fonts build-tools/pdf.css names; without them Chromium would fall back silently to others. */
const PDF_FONTS = ['WenQuanYi Micro Hei', 'Noto Sans CJK SC'];

export function missingPdfFonts(installed: string): string[] {
  return PDF_FONTS.filter((f) => !installed.toLowerCase().includes(f.toLowerCase()));
}

function assertPdfFonts(): void {
  let installed = '';
  try {
    installed = execFileSync('fc-list', [':', 'family'], {encoding: 'utf8', maxBuffer: 16 * 1024 * 1024});
  } catch {
    // No fontconfig: every font counts as missing.
  }
  const missing = missingPdfFonts(installed);
  if (missing.length) {
    throw new Error(`PDF: font${missing.length > 1 ? 's' : ''} ${missing.join(', ')} not installed: run "apt-get install -y fonts-wqy-microhei fonts-noto-cjk"`);
  }
}

/** Prints every PDF of bookSpecs() from a build into <outDir>/downloads/, two at a time. */
export async function printPdfs(outDir: string, site: SiteInfo): Promise<PrintedPdf[]> {
  assertPdfFonts();
  const specs = bookSpecs(outDir, site);
  const dir = path.join(outDir, DOWNLOADS_DIR);
  mkdirSync(dir, {recursive: true});
  const {siteUrl, stop} = await serveBuild(outDir, site.baseUrl);
  const browser = await launchChromium();
  try {
    const queue = [...specs];
    const done: PrintedPdf[] = [];
    const worker = async () => {
      for (let spec = queue.shift(); spec; spec = queue.shift()) done.push(await printOne(browser, siteUrl, spec, path.join(dir, spec.file)));
    };
    await Promise.all([worker(), worker()]);
    return specs.map((s) => done.find((d) => d.file === s.file)!);
  } finally {
    await browser.close();
    stop();
  }
}
