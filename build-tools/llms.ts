import {writeFileSync} from 'node:fs';
import {chapterOutline} from '../src/data/chapter-outline';
import {dataExports} from './data-exports';
import {pageMarkdown} from './page-markdown';
import {builtPages} from './url-contract';

/**
 * For tools and LLMs (https://llmstxt.org/): every doc page also as Markdown at <page URL>.md, /llms.txt listing
 * every page with its description, and /llms-full.txt with every doc page's Markdown, one after the other.
 */

export interface LlmsPage {
  /** Site path without the base URL, e.g. /docs/patterns/sidecar. */
  readonly path: string;
  readonly url: string;
  readonly title: string;
  readonly description: string;
  /** The page's Markdown, for doc pages. */
  readonly markdown?: string;
}

const meta = (html: string, name: string) =>
  new RegExp(`<meta[^>]*name=["']?${name}["']?[^>]*content=(?:"([^"]*)"|'([^']*)')`).exec(html)?.slice(1).find(Boolean) ?? '';
const titleOf = (html: string) => (/<title[^>]*>([^<]*)<\/title>/.exec(html)?.[1] ?? '').replace(/\s*\|\s*云原生架构知识库$/, '').trim();
const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Writes <page>.md next to each doc page's HTML; returns every route's entry, docs with their Markdown. */
export async function writePageMarkdown(outDir: string, siteUrl: string, baseUrl: string, routes: readonly string[]): Promise<LlmsPage[]> {
  const origin = siteUrl.replace(/\/$/, '');
  const pages: LlmsPage[] = [];
  for (const {route, sitePath, file, html} of builtPages(outDir, baseUrl, routes)) {
    const url = `${origin}${route}`;
    const md = await pageMarkdown(html, url, origin);
    if (md) {
      writeFileSync(file.replace(/\.html$/, '.md'), md.markdown);
      pages.push({path: sitePath, url, title: md.title, description: md.description, markdown: md.markdown});
    } else {
      pages.push({path: sitePath, url, title: decode(titleOf(html)) || sitePath, description: decode(meta(html, 'description'))});
    }
  }
  return pages;
}

/** Which chapter a doc page belongs to (its first folder under /docs), for the sections of llms.txt. */
function chapterOf(page: LlmsPage): string {
  const segment = page.path.split('/')[2];
  return chapterOutline.find((c) => c.slug === segment)?.title ?? (page.path.startsWith('/docs/patterns') ? '模式详解' : '其他页面');
}

export function llmsTxt(pages: readonly LlmsPage[], site: {title: string; tagline: string; url: string}): string {
  const line = (p: LlmsPage) => `- [${p.title}](${p.url}${p.markdown ? '.md' : ''}): ${p.description || p.title}`;
  const docs = pages.filter((p) => p.markdown);
  const sections = new Map<string, LlmsPage[]>();
  for (const p of docs) sections.set(chapterOf(p), [...(sections.get(chapterOf(p)) ?? []), p]);
  const others = pages.filter((p) => !p.markdown);
  // Chapters in the reading order of the site; 模式详解 after 云原生设计模式, 关于本站 and the rest last.
  const titles = chapterOutline.map((c) => c.title);
  const order = (chapter: string) => {
    const i = titles.indexOf(chapter);
    return i >= 0 ? i : chapter === '模式详解' ? titles.indexOf('云原生设计模式') + 0.5 : titles.length;
  };
  const data = dataExports().map((d) => `- [${d.title}](${site.url}data/${d.name}.json): ${d.description} Schema: ${site.url}data/${d.name}.schema.json`);
  return [
    `# ${site.title}`,
    '',
    `> ${site.tagline}`,
    '',
    `A Chinese knowledge base on cloud native architecture: the 2018 document it renders (吴启福《云原生架构》), corrected, with dated notes on how things stand now and sourced 2026 data. Every doc page below is linked as Markdown (its URL + .md); the HTML page is the same URL without .md. The whole site as one Markdown file: ${site.url}llms-full.txt`,
    '',
    ...[...sections]
      .sort(([a], [b]) => order(a) - order(b))
      .flatMap(([chapter, list]) => [`## ${chapter}`, '', ...list.map(line), '']),
    '## 数据（JSON）',
    '',
    ...data,
    '',
    '## Optional',
    '',
    ...others.map(line),
    '',
  ].join('\n');
}

export function llmsFullTxt(pages: readonly LlmsPage[], site: {title: string; tagline: string}): string {
  return [`# ${site.title}`, '', `> ${site.tagline}`, '', ...pages.flatMap((p) => (p.markdown ? [p.markdown.trim(), ''] : []))].join('\n');
}
