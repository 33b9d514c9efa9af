import type {Element, Root as HastRoot, Nodes as HastNodes} from 'hast';
import {importEsm as esm} from './esm';
import {EXCLUDED_SELECTORS} from './pagefind-index';

/**
 * A doc page as clean Markdown, from the page's built HTML (so tables rendered from src/data come out as Markdown
 * tables and glossary terms as their text): front matter with title, description and URL; headings with their ids
 * as `<a id>` anchors; links and images absolute; diagrams as a link to their SVG with the alt text; controls,
 * tooltips and other screen-only parts left out (the same list as the full-text index).
 */

export interface PageMarkdown {
  readonly title: string;
  readonly description: string;
  readonly markdown: string;
}

interface Toolkit {
  unified: typeof import('unified').unified;
  rehypeParse: typeof import('rehype-parse').default;
  rehypeRemark: typeof import('rehype-remark').default;
  remarkGfm: typeof import('remark-gfm').default;
  remarkStringify: typeof import('remark-stringify').default;
  select: typeof import('hast-util-select').select;
  selectAll: typeof import('hast-util-select').selectAll;
  defaultHandlers: typeof import('hast-util-to-mdast').defaultHandlers;
}

let toolkit: Promise<Toolkit> | undefined;
export function tools(): Promise<Toolkit> {
  toolkit ??= Promise.all([
    esm<typeof import('unified')>('unified'),
    esm<typeof import('rehype-parse')>('rehype-parse'),
    esm<typeof import('rehype-remark')>('rehype-remark'),
    esm<typeof import('remark-gfm')>('remark-gfm'),
    esm<typeof import('remark-stringify')>('remark-stringify'),
    esm<typeof import('hast-util-select')>('hast-util-select'),
    esm<typeof import('hast-util-to-mdast')>('hast-util-to-mdast'),
  ]).then(([u, parse, toMdast, gfm, stringify, sel, hast]) => ({
    unified: u.unified,
    rehypeParse: parse.default,
    rehypeRemark: toMdast.default,
    remarkGfm: gfm.default,
    remarkStringify: stringify.default,
    select: sel.select,
    selectAll: sel.selectAll,
    defaultHandlers: hast.defaultHandlers,
  }));
  return toolkit;
}

export const text = (node: HastNodes): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map((c) => text(c as HastNodes)).join('') : '';

export const classes = (el: Element): string[] => {
  const c: unknown = el.properties.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
};

/** Removes every element matching one of the selectors from the tree. */
export function remove(root: Element, selectors: string, selectAll: Toolkit['selectAll']): void {
  const doomed = new Set<unknown>(selectAll(selectors, root));
  const walk = (el: Element) => {
    el.children = el.children.filter((c) => !doomed.has(c));
    for (const c of el.children) if (c.type === 'element') walk(c);
  };
  walk(root);
}

/** Screen-only parts besides the full-text index's list: the dark-mode copy of each diagram, skip links. */
export const ALSO_EXCLUDED = ['[class*="dark_"]', 'picture[class*="dark"]', '.kb-zoom-hint', '.theme-doc-toc-mobile', '.kb-no-markdown'];

export async function pageMarkdown(html: string, pageUrl: string, origin: string): Promise<PageMarkdown | null> {
  const t = await tools();
  const tree = t.unified().use(t.rehypeParse).parse(html) as HastRoot;
  const body = t.select('.theme-doc-markdown', tree);
  if (!body) return null;
  const title = text(t.select('h1', body) ?? t.select('title', tree) ?? body).trim();
  const description = String(t.select('meta[name="description"]', tree)?.properties.content ?? '');

  remove(body, [...EXCLUDED_SELECTORS, ...ALSO_EXCLUDED].join(', '), t.selectAll);
  // React's <!-- --> between adjacent text nodes would split links and sentences.
  const dropComments = (el: Element) => {
    el.children = el.children.filter((c) => c.type !== 'comment');
    for (const c of el.children) if (c.type === 'element') dropComments(c);
  };
  dropComments(body);
  // The title is the front matter's and the first heading's; the page's own <h1> goes.
  const header = t.select('header', body);
  if (header) remove(body, 'header', t.selectAll);
  for (const el of t.selectAll('[href], [src]', body)) {
    for (const key of ['href', 'src'] as const) {
      const value = el.properties[key];
      if (typeof value === 'string' && value.startsWith('/')) el.properties[key] = origin + value;
      else if (typeof value === 'string' && value.startsWith('#')) el.properties[key] = pageUrl + value;
    }
  }
  // A paragraph made only of side-by-side spans (the pattern card's names and its status line) reads as one run of
  // text in Markdown: keep its parts apart.
  for (const p of t.selectAll('p', body)) {
    const meaningful = p.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
    if (meaningful.length > 1 && meaningful.every((c) => c.type === 'element' && c.tagName === 'span')) {
      p.children = meaningful.flatMap((c, i) => (i ? [{type: 'text' as const, value: ' · '}, c] : [c]));
    }
  }
  // A row header that starts with its group's label (the mesh comparison's "基本" + "许可证"): keep them apart.
  for (const th of t.selectAll('th', body)) {
    const [first, second] = th.children;
    if (first?.type === 'element' && first.tagName === 'span' && second?.type === 'text' && second.value.trim()) {
      th.children.splice(1, 0, {type: 'text', value: ' · '});
    }
  }
  // Admonitions ("现状（截至 2026 年）") read as quotes; code blocks keep their language from <pre class="language-x">.
  for (const el of t.selectAll('.theme-admonition', body)) el.tagName = 'blockquote';
  // Code blocks: one line per token line (the theme ends each with a <br>), with their language.
  for (const pre of t.selectAll('pre', body)) {
    const lang = classes(pre).find((c) => c.startsWith('language-'));
    const lines = t.selectAll('.token-line', pre).map((line) => text(line).replace(/\n$/, ''));
    const code: Element = {type: 'element', tagName: 'code', properties: lang ? {className: [lang]} : {}, children: [{type: 'text', value: lines.length ? lines.join('\n') : text(pre)}]};
    pre.children = [code];
  }
  const heading = (level: 'h2' | 'h3' | 'h4' | 'h5' | 'h6') => (state: Parameters<Toolkit['defaultHandlers']['h2']>[0], node: Element) => {
    const result = t.defaultHandlers[level](state, node);
    const id = node.properties.id;
    if (typeof id === 'string' && result && !Array.isArray(result) && 'children' in result) {
      (result.children as unknown[]).push({type: 'html', value: ` <a id="${id}"></a>`});
    }
    return result;
  };
  const processor = t
    .unified()
    .use(t.rehypeRemark, {handlers: {h2: heading('h2'), h3: heading('h3'), h4: heading('h4'), h5: heading('h5'), h6: heading('h6')}})
    .use(t.remarkGfm)
    .use(t.remarkStringify, {bullet: '-', fences: true, rule: '-'});
  const mdast = await processor.run({type: 'root', children: [body]} as HastRoot);
  const content = String(processor.stringify(mdast as never)).trim();
  const yaml = (s: string) => JSON.stringify(s);
  const markdown = `---\ntitle: ${yaml(title)}\ndescription: ${yaml(description)}\nurl: ${pageUrl}\n---\n\n# ${title}\n\n${content}\n`;
  return {title, description, markdown};
}
