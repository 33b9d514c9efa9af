import {describe, expect, it} from 'vitest';
import {composeBook, type BookSpec} from '@site/build-tools/pdf-book';
import {missingPdfFonts} from '@site/build-tools/pdf-print';

/** A built doc page as the theme writes it, reduced to what the composer reads. */
const page = (body: string) =>
  `<!doctype html><html><head><link rel="stylesheet" href="/kb/assets/css/styles.abc.css"></head><body><main>` +
  `<nav class="theme-doc-breadcrumbs">面包屑</nav><div class="theme-doc-markdown markdown">${body}</div>` +
  `<footer class="theme-doc-footer">最后更新</footer></main></body></html>`;

const INDEX = page(
  `<header><h1>容器编排</h1></header><h2 class="anchor" id="intro">编排一词<a href="#intro" class="hash-link" aria-label="intro的直接链接">​</a></h2>` +
    `<p>见 <a href="#intro">上文</a>、<a href="/kb/docs/orchestration/kubernetes#concepts">基本概念</a>、` +
    `<a href="/kb/docs/orchestration/kubernetes">K8s</a>、<a href="/kb/docs/glossary#pod">Pod</a>、<a href="/kb/data/patterns.json">数据</a>、` +
    `<a href="https://kubernetes.io/">官网</a>、<a href="https://kubernetes.io/docs/">https://kubernetes.io/docs/</a>。</p>`,
);
const K8S = page(
  `<header><h1>K8s（Kubernetes）</h1></header><h2 id="concepts">基本概念</h2><h3 id="pod">Pod</h3>` +
    `<p><span class="kb-term"><a href="/kb/docs/glossary#pod">Pod</a><span role="tooltip" class="kb-term-tip" id="tip1">提示文字</span></span></p>` +
    `<div class="kb-no-print">复制链接</div><p class="kb-needs-js">按此列排序</p>` +
    `<figure class="kb-figure"><a href="/kb/diagrams/k8s/1-light.svg" data-kb-diagram=""><picture class="light_x"><img src="/kb/diagrams/k8s/1-light.svg" alt="K8s 结构" loading="lazy"></picture>` +
    `<picture class="dark_x"><img src="/kb/diagrams/k8s/1-dark.svg" alt="K8s 结构" loading="lazy"></picture></a><figcaption>图：K8s 结构</figcaption></figure>` +
    `<div class="theme-code-block"><pre><code>kubectl get pods</code></pre><button aria-label="复制代码">复制</button></div>` +
    `<table><thead><tr><th><button class="sort">项目</button></th></tr></thead><tbody><tr><td>etcd</td></tr></tbody></table>` +
    `<details><summary>来源</summary><ol><li>kubernetes.io</li></ol></details><svg><defs><marker id="arrow"></marker></defs></svg>`,
);

const spec = (over: Partial<BookSpec> = {}): BookSpec => ({
  file: 'orchestration.pdf',
  title: '容器编排',
  subtitle: '三种编排系统',
  date: '2026-12-04',
  publicUrl: 'https://kb.example.com/kb/',
  baseUrl: '/kb/',
  siteTitle: '云原生架构知识库',
  chapters: [{slug: 'orchestration', title: '容器编排', pages: [{id: 'orchestration/index', html: INDEX}, {id: 'orchestration/kubernetes', html: K8S}]}],
  tocSections: true,
  ...over,
});

const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);

describe('composeBook: the pages of a PDF as one document', () => {
  it('prefixes every id with its page key, so ids of different pages never collide', async () => {
    const {html} = await composeBook(spec());
    const all = ids(html);
    expect(all).toContain('orchestration');
    expect(all).toContain('orchestration--intro');
    expect(all).toContain('orchestration-kubernetes');
    expect(all).toContain('orchestration-kubernetes--concepts');
    expect(all).toContain('orchestration-kubernetes--pod');
    expect(new Set(all).size).toBe(all.length);
    // Inside an SVG, ids stay as they are (the diagram refers to them with url(#…)).
    expect(all).toContain('arrow');
  });

  it('turns links between pages of the PDF into links inside it, and other site links into the site address', async () => {
    const {html} = await composeBook(spec());
    expect(html).toContain('href="#orchestration--intro"');
    expect(html).toContain('href="#orchestration-kubernetes--concepts"');
    expect(html).toContain('href="#orchestration-kubernetes"');
    expect(html).toMatch(/class="kb-pdf-site-link" href="https:\/\/kb\.example\.com\/kb\/docs\/glossary#pod"|href="https:\/\/kb\.example\.com\/kb\/docs\/glossary#pod" class="kb-pdf-site-link"/);
    expect(html).toContain('https://kb.example.com/kb/data/patterns.json');
    expect(html).toContain('<a href="https://kubernetes.io/">官网</a>');
    // A link that reads as its address is marked, so that print does not add the address a second time.
    expect(html).toContain('<a href="https://kubernetes.io/docs/" class="kb-pdf-bare-link">https://kubernetes.io/docs/</a>');
    expect(html).not.toMatch(/href="\/kb\/docs/);
  });

  it('links a glossary term inside the book when the glossary is in it', async () => {
    const glossary = page('<header><h1>术语表</h1></header><h2 id="pod">Pod</h2>');
    const book = spec({
      file: 'cloud-native-kb.pdf',
      tocSections: false,
      chapters: [...spec().chapters, {slug: 'glossary', title: '术语表', pages: [{id: 'glossary/index', html: glossary}]}],
    });
    const {html, targets} = await composeBook(book);
    expect(html).toContain('href="#glossary--pod"');
    // The book's contents: each chapter and its pages, not their sections.
    expect(targets).toEqual(['orchestration', 'orchestration-kubernetes', 'glossary']);
  });

  it('moves the headings of a chapter page one level below the chapter title', async () => {
    const {html} = await composeBook(spec());
    expect(html).toMatch(/<h1 id="orchestration">容器编排<\/h1>/);
    expect(html).toMatch(/<h2[^>]*id="orchestration--intro"/);
    expect(html).toMatch(/<h2 id="orchestration-kubernetes">K8s（Kubernetes）<\/h2>/);
    expect(html).toMatch(/<h3 id="orchestration-kubernetes--concepts">/);
    expect(html).toMatch(/<h4 id="orchestration-kubernetes--pod">/);
  });

  it('leaves out what only works on screen, keeps the text of sortable column headers', async () => {
    const {html} = await composeBook(spec());
    for (const gone of ['hash-link', '提示文字', '复制链接', '按此列排序', '1-dark.svg', '复制代码', 'data-kb-diagram', 'loading=', '面包屑', '最后更新']) {
      expect(html, gone).not.toContain(gone);
    }
    expect(html).toContain('<th><span class="sort">项目</span></th>');
    expect(html).toContain('<figure class="kb-figure"><span><picture class="light_x"><img src="/kb/diagrams/k8s/1-light.svg" alt="K8s 结构"></picture></span>');
    expect(html).toContain('kubectl get pods');
    expect(html).toContain('<details open><summary>来源</summary>');
    expect(html).toContain('<link rel="stylesheet" href="/kb/assets/css/styles.abc.css">');
  });

  it('writes a cover, a running header per chapter and contents that show page numbers once known', async () => {
    const first = await composeBook(spec());
    expect(first.html).toContain('<p class="kb-pdf-cover-title">容器编排</p>');
    expect(first.html).toContain('2026-12-04 版');
    expect(first.html).toContain('@page kb-chapter-0 { @top-right { content: "容器编排"; } }');
    expect(first.targets).toEqual(['orchestration', 'orchestration--intro', 'orchestration-kubernetes', 'orchestration-kubernetes--concepts']);
    expect(first.html).toContain('<span class="kb-pdf-toc-page"></span>');
    const numbered = await composeBook(spec(), new Map([['orchestration', 3], ['orchestration--intro', 3], ['orchestration-kubernetes', 4], ['orchestration-kubernetes--concepts', 5]]));
    expect(numbered.html).toMatch(/href="#orchestration-kubernetes--concepts"><span class="kb-pdf-toc-title">基本概念<\/span><span class="kb-pdf-toc-page">5<\/span>/);
    expect(numbered.headings).toEqual(expect.arrayContaining(['容器编排', '编排一词', 'K8s（Kubernetes）', '基本概念', 'Pod']));
  });

  it('escapes titles in the header CSS and the HTML', async () => {
    const {html} = await composeBook(spec({title: 'A "B" <C>', chapters: [{...spec().chapters[0]!, title: 'x"\\y'}]}));
    expect(html).toContain('<title>A &quot;B&quot; &lt;C&gt;</title>');
    expect(html).toContain('content: "x\\"\\\\y";');
  });

  it('fails naming the page when a page is not a doc page or has no title', async () => {
    await expect(composeBook(spec({chapters: [{slug: 'x', title: 'X', pages: [{id: 'x/index', html: '<html><body>no article</body></html>'}]}]}))).rejects.toThrow('/docs/x has no .theme-doc-markdown');
    await expect(composeBook(spec({chapters: [{slug: 'x', title: 'X', pages: [{id: 'x/a', html: page('<p>无标题</p>')}]}]}))).rejects.toThrow('/docs/x/a has no <h1>');
  });
});

describe('the PDF fonts', () => {
  it('names the fonts fontconfig does not list', () => {
    expect(missingPdfFonts('DejaVu Sans\nWenQuanYi Micro Hei,文泉驿微米黑\nNoto Sans CJK SC\n')).toEqual([]);
    expect(missingPdfFonts('DejaVu Sans\nNoto Sans CJK JP\n')).toEqual(['WenQuanYi Micro Hei', 'Noto Sans CJK SC']);
  });
});
