import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Element, ElementContent, Root as HastRoot} from 'hast';
import {ROOT} from './docs';
import {importEsm} from './esm';
import {EXCLUDED_SELECTORS} from './pagefind-index';
import {ALSO_EXCLUDED, classes, remove, text, tools} from './page-markdown';

/**
 * One PDF (the whole book or one chapter) as one HTML document, composed from the built doc pages: a cover, a table
 * of contents with page numbers, then each chapter's pages in reading order. Printed by build-tools/pdf-print.ts.
 *
 * Every id of a page is prefixed with the page's key (orchestration/kubernetes#concepts →
 * #orchestration-kubernetes--concepts), so the pages' ids never collide and every link between pages in the PDF
 * becomes a link inside it. A link to a page outside this PDF (another chapter, a data file) points at the site.
 * Each page's headings move one level down below its chapter's (the chapter is level 1, its pages level 2), which is
 * what the PDF's bookmarks follow.
 */

export interface BookPage {
  /** Doc id, e.g. orchestration/kubernetes or orchestration/index. */
  readonly id: string;
  /** The page's built HTML. */
  readonly html: string;
}

export interface BookChapter {
  readonly slug: string;
  readonly title: string;
  /** The chapter's first page (its index) first, then the others in reading order. */
  readonly pages: readonly BookPage[];
}

export interface BookSpec {
  /** File name under downloads/, e.g. cloud-native-kb.pdf. */
  readonly file: string;
  /** The cover's title and the document's title. */
  readonly title: string;
  readonly subtitle: string;
  /** The date on the cover, YYYY-MM-DD. */
  readonly date: string;
  /** Where the site is published, with its base URL, e.g. https://kb.example.com/kb/. */
  readonly publicUrl: string;
  /** The site's base URL, e.g. / or /kb/: site links in the pages start with it. */
  readonly baseUrl: string;
  readonly siteTitle: string;
  readonly chapters: readonly BookChapter[];
  /** Also list each page's sections (its h2 headings) in the table of contents: for a chapter, not the book. */
  readonly tocSections: boolean;
}

/** Page numbers of the link targets in the table of contents, by id, from the previous printing. */
export type PageNumbers = ReadonlyMap<string, number>;

/** The key of a page in the PDF: orchestration/index → orchestration, orchestration/kubernetes → orchestration-kubernetes. */
export function pageKey(docId: string): string {
  return docId.replace(/\/index$/, '').replace(/\//g, '-');
}

/** The site path of a doc (without the base URL): orchestration/index → /docs/orchestration. */
export function docPath(docId: string): string {
  return `/docs/${docId.replace(/\/index$/, '')}`;
}

interface TocEntry {
  readonly target: string;
  readonly title: string;
  readonly level: 1 | 2;
  readonly children: readonly TocEntry[];
}

interface ComposedPage {
  readonly key: string;
  readonly title: string;
  readonly body: Element;
  readonly sections: readonly {id: string; title: string}[];
  /** The text of every heading on the page. */
  readonly headings: readonly string[];
}

const pdfCss = () => readFileSync(path.join(ROOT, 'build-tools/pdf.css'), 'utf8');

/** A CSS string literal. */
const cssString = (s: string) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, ' ')}"`;

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c]!);

const isElement = (n: ElementContent): n is Element => n.type === 'element';

function walk(el: Element, visit: (el: Element, inSvg: boolean) => void, inSvg = false): void {
  visit(el, inSvg);
  for (const c of el.children) if (isElement(c)) walk(c, visit, inSvg || c.tagName === 'svg');
}

/** Splits a site link into its doc path and hash, or null when it is not a site link. */
function siteLink(href: string, baseUrl: string, fromPath: string): {path: string; hash: string} | null {
  if (href.startsWith('#')) return {path: fromPath, hash: href.slice(1)};
  if (!href.startsWith(baseUrl)) return null;
  const url = new URL(href, 'http://site.invalid');
  const p = `/${url.pathname.slice(baseUrl.length)}`.replace(/\.html$/, '').replace(/\/+$/, '') || '/';
  return {path: p, hash: decodeURIComponent(url.hash.slice(1))};
}

/**
 * The page's article (.theme-doc-markdown), made fit for paper and for the PDF: screen-only parts out, ids
 * prefixed, links inside the PDF made fragment links, other site links absolute, images loaded eagerly, headings
 * demoted by `shift` levels.
 */
async function composePage(page: BookPage, shift: number, spec: BookSpec, inBook: ReadonlyMap<string, string>): Promise<ComposedPage> {
  const t = await tools();
  const tree = t.unified().use(t.rehypeParse).parse(page.html) as HastRoot;
  const body = t.select('.theme-doc-markdown', tree);
  if (!body) throw new Error(`PDF: ${docPath(page.id)} has no .theme-doc-markdown (is it a doc page?)`);
  const key = pageKey(page.id);
  const h1 = t.select('h1', body);
  if (!h1) throw new Error(`PDF: ${docPath(page.id)} has no <h1> title`);
  const title = text(h1).trim();
  remove(body, [...EXCLUDED_SELECTORS.filter((s) => s !== 'svg'), ...ALSO_EXCLUDED, '.theme-code-block button'].join(', '), t.selectAll);

  // A diagram links its SVG on the site; on paper the link would only add its address under the figure.
  for (const a of t.selectAll('a[data-kb-diagram]', body)) {
    a.tagName = 'span';
    a.properties = {};
  }

  const own = docPath(page.id);
  const ids = new Set<string>();
  walk(body, (el, inSvg) => {
    if (!inSvg && typeof el.properties.id === 'string') ids.add(el.properties.id);
  });
  const sections: {id: string; title: string}[] = [];
  const headings: string[] = [];
  walk(body, (el, inSvg) => {
    if (inSvg) return;
    const props = el.properties;
    if (typeof props.id === 'string') props.id = `${key}--${props.id}`;
    for (const attr of ['ariaDescribedBy', 'ariaLabelledBy', 'ariaControls', 'htmlFor']) delete props[attr];
    // Printing does not wait for lazy images below the first screen.
    if (el.tagName === 'img') delete props.loading;
    // Paper cannot be clicked open: sources, data tables behind charts and the like are printed open.
    if (el.tagName === 'details') props.open = true;
    if (el.tagName === 'a' && typeof props.href === 'string') {
      const link = siteLink(props.href, spec.baseUrl, own);
      const target = link && inBook.get(link.path);
      if (link && target) {
        const local = link.path === own ? ids.has(link.hash) : true;
        props.href = link.hash && local ? `#${target}--${link.hash}` : `#${target}`;
      } else if (!link && /^https?:/.test(props.href) && text(el).trim().replace(/\/$/, '') === props.href.replace(/\/$/, '')) {
        // A link that reads as its own address (the sources lists): the print style's " <address>" would repeat it.
        props.className = [...classes(el), 'kb-pdf-bare-link'];
      } else if (link) {
        props.href = new URL(props.href.startsWith('#') ? `${own.slice(1)}${props.href}` : props.href.slice(spec.baseUrl.length), spec.publicUrl).href;
        props.className = [...classes(el), 'kb-pdf-site-link'];
      }
    }
    const level = /^h([1-6])$/.exec(el.tagName);
    if (level) headings.push(text(el).trim());
    if (level) {
      if (level[1] === '2' && typeof props.id === 'string') sections.push({id: props.id, title: text(el).trim()});
      el.tagName = `h${Math.min(6, Number(level[1]) + shift)}`;
    }
  });
  // Other buttons carry text that reads on paper too (a sortable column's name): kept as text.
  for (const button of t.selectAll('button', body)) {
    button.tagName = 'span';
    button.properties = classes(button).length ? {className: classes(button)} : {};
  }
  // The page's key goes on its title, the target of the links to the page (a link to its <section> would give the
  // PDF bookmark the title twice: Chromium names it after both).
  h1.properties.id = key;
  return {key, title, body, sections, headings};
}

function tocHtml(entries: readonly TocEntry[], numbers: PageNumbers | undefined): string {
  const item = (e: TocEntry): string => {
    const n = numbers?.get(e.target);
    const children = e.children.length ? `<ol>${e.children.map(item).join('')}</ol>` : '';
    return (
      `<li class="kb-pdf-toc-${e.level}"><a href="#${escapeHtml(e.target)}"><span class="kb-pdf-toc-title">${escapeHtml(e.title)}</span>` +
      `<span class="kb-pdf-toc-page">${n ?? ''}</span></a>${children}</li>`
    );
  };
  return `<nav class="kb-pdf-toc" aria-label="目录"><p class="kb-pdf-toc-heading">目录</p><ol>${entries.map(item).join('')}</ol></nav>`;
}

/** The whole PDF as one HTML document. With `numbers` (from a first printing) the table of contents shows page numbers. */
export async function composeBook(spec: BookSpec, numbers?: PageNumbers): Promise<{html: string; targets: string[]; headings: string[]}> {
  const {toHtml} = await importEsm<typeof import('hast-util-to-html')>('hast-util-to-html');
  const t = await tools();
  const inBook = new Map(spec.chapters.flatMap((c) => c.pages.map((p) => [docPath(p.id), pageKey(p.id)] as const)));
  const first = spec.chapters[0]?.pages[0];
  if (!first) throw new Error(`PDF ${spec.file}: no pages`);
  const head = t.unified().use(t.rehypeParse).parse(first.html) as HastRoot;
  const stylesheets = t
    .selectAll('link[rel~="stylesheet"]', head)
    .map((l) => `<link rel="stylesheet" href="${escapeHtml(String(l.properties.href))}">`)
    .join('');

  const toc: TocEntry[] = [];
  const headings: string[] = [];
  const chapters: string[] = [];
  const pageCss: string[] = [];
  for (const [ci, chapter] of spec.chapters.entries()) {
    const pages = await Promise.all(chapter.pages.map((p, i) => composePage(p, i === 0 ? 0 : 1, spec, inBook)));
    const [index, ...rest] = pages;
    headings.push(...pages.flatMap((p) => p.headings));
    if (!index) throw new Error(`PDF ${spec.file}: chapter ${chapter.slug} has no pages`);
    const sectionsOf = (p: ComposedPage): TocEntry[] =>
      spec.tocSections ? p.sections.map((s) => ({target: s.id, title: s.title, level: 2, children: []})) : [];
    if (spec.tocSections) {
      toc.push(...pages.map((p): TocEntry => ({target: p.key, title: p.title, level: 1, children: sectionsOf(p)})));
    } else {
      toc.push({target: index.key, title: chapter.title, level: 1, children: rest.map((p) => ({target: p.key, title: p.title, level: 2, children: []}))});
    }
    const name = `kb-chapter-${ci}`;
    const header = `@top-right { content: ${cssString(chapter.title)}; }`;
    pageCss.push(`@page ${name} { ${header} }`, `@page ${name}-wide { size: A4 landscape; ${header} }`);
    const sections = pages
      .map((p) => `<section class="kb-pdf-page markdown">${toHtml(p.body.children)}</section>`)
      .join('');
    chapters.push(`<div class="kb-pdf-chapter" style="page: ${name}" data-page="${name}">${sections}</div>`);
  }
  const targets = toc.flatMap((e) => [e.target, ...e.children.map((c) => c.target)]);
  pageCss.push(`@page { @top-left { content: ${cssString(spec.siteTitle)}; } }`);
  const html =
    `<!doctype html><html lang="zh-Hans" dir="ltr" data-theme="light"><head><meta charset="utf-8">` +
    `<title>${escapeHtml(spec.title)}</title>${stylesheets}<style>${pdfCss()}\n${pageCss.join('\n')}</style></head>` +
    `<body class="kb-pdf"><main>` +
    `<section class="kb-pdf-cover"><p class="kb-pdf-cover-site">${escapeHtml(spec.siteTitle)}</p>` +
    `<p class="kb-pdf-cover-title">${escapeHtml(spec.title)}</p><p class="kb-pdf-cover-subtitle">${escapeHtml(spec.subtitle)}</p>` +
    `<p class="kb-pdf-cover-date">${escapeHtml(spec.date)} 版</p><p class="kb-pdf-cover-url">${escapeHtml(spec.publicUrl)}</p></section>` +
    `${tocHtml(toc, numbers)}${chapters.join('')}</main></body></html>`;
  return {html, targets, headings};
}
