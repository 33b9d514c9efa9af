import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';
import {afterAll, describe, expect, it} from 'vitest';
import {markBody, pageUrl, writePagefindIndex} from '@site/build-tools/pagefind-index';
import {buildSuggestIndex} from '@site/build-tools/search-suggest';

const page = (body: string) =>
  `<!doctype html><html lang="zh-Hans"><head><title>t</title></head><body><nav>导航栏文字</nav><article><div class="theme-doc-markdown markdown"><header><h1>断路器（Circuit Breaker）</h1></header>${body}</div></article><footer>页脚文字</footer></body></html>`;

const BODY = `
<p>连接远程服务时处理故障。<span class="kb-term-tip" role="tooltip">术语提示里的定义</span></p>
<h2 id="solution">解决方案<a class="hash-link" href="#solution" aria-label="解决方案的直接链接">​</a></h2>
<p>半开状态下放行少量请求。</p>
<table><thead><tr><th><button type="button">模式<span class="kb-visually-hidden kb-needs-js">，按此列排序</span></button></th></tr></thead>
<tbody><tr><td>舱壁</td></tr></tbody></table>
<form><select><option>全部支柱</option></select></form>
<span class="kb-no-print"><button type="button">复制链接</button></span>
<svg><text>图中标签</text></svg>`;

const dir = mkdtempSync(path.join(tmpdir(), 'kb-pagefind-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

/** Every fragment Pagefind wrote: gzip, then a "pagefind_dcd" signature, then JSON. */
function fragments(out: string): Array<{url: string; content: string; meta: {title?: string}}> {
  const fragmentDir = path.join(out, 'pagefind', 'fragment');
  return readdirSync(fragmentDir).map((f) => JSON.parse(gunzipSync(readFileSync(path.join(fragmentDir, f))).subarray(12).toString('utf8')));
}

describe('the full-text index (build-tools/pagefind-index.ts)', () => {
  it('indexes the doc body only, without UI text, by site path', async () => {
    mkdirSync(path.join(dir, 'docs/patterns'), {recursive: true});
    writeFileSync(path.join(dir, 'docs/patterns/circuit-breaker.html'), page(BODY));
    // A redirect stub: no doc body, not indexed.
    writeFileSync(path.join(dir, 'docs/patterns/old-name.html'), '<html><head><meta http-equiv="refresh" content="0; url=/kb/docs/patterns/circuit-breaker"></head><body></body></html>');
    const result = await writePagefindIndex(dir);
    expect(result.pages).toBe(1);
    expect(result.files).toContain('pagefind.js');
    const [fragment, ...rest] = fragments(dir);
    // Pagefind separates the Chinese words it segmented with zero-width spaces.
    const content = fragment!.content.replace(/\u200b/g, '');
    expect(rest).toEqual([]);
    expect(fragment!.url).toBe('/docs/patterns/circuit-breaker');
    expect(fragment!.meta.title).toBe('断路器（Circuit Breaker）');
    for (const text of ['连接远程服务时处理故障', '半开状态下放行少量请求', '舱壁', '解决方案', '模式']) expect(content).toContain(text);
    for (const ui of ['按此列排序', '复制链接', '全部支柱', '术语提示里的定义', '导航栏文字', '页脚文字', '图中标签', '直接链接']) {
      expect(content, ui).not.toContain(ui);
    }
  }, 30_000);

  it('fails naming the folder when no page has a doc body', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'kb-pagefind-empty-'));
    mkdirSync(path.join(empty, 'docs'));
    writeFileSync(path.join(empty, 'docs/x.html'), '<html><body><p>no body marker</p></body></html>');
    await expect(writePagefindIndex(empty)).rejects.toThrow(/no doc page .* under .*kb-pagefind-empty-/);
    rmSync(empty, {recursive: true, force: true});
  }, 30_000);

  it('maps files to URLs and marks the body once', () => {
    expect(pageUrl('docs/patterns/sidecar.html')).toBe('/docs/patterns/sidecar');
    expect(pageUrl('docs/index.html')).toBe('/docs');
    expect(markBody('<div class="theme-doc-markdown markdown"><div class="theme-doc-markdown"></div></div>')).toBe(
      '<div data-pagefind-body="" class="theme-doc-markdown markdown"><div class="theme-doc-markdown"></div></div>',
    );
    expect(markBody('<div class="markdown"></div>')).toBeNull();
  });
});

describe('the suggestion index keeps to names', () => {
  it('holds no UI text: titles, headings, terms and projects only', () => {
    const index = buildSuggestIndex();
    const text = JSON.stringify(index);
    for (const ui of ['按此列排序', '复制链接', '直接链接', '↕']) expect(text).not.toContain(ui);
    expect(index.entries.every((e) => e.title.trim() && e.url.startsWith('/docs/'))).toBe(true);
  });
});
