import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {PluginOptions} from '@easyops-cn/docusaurus-search-local';
import {glossaryEntries} from '../src/data/glossary-entries';

const CJK = /[\u3400-\u9fff]/;

/**
 * jieba user dictionary (one word per line): every Chinese name and alias of the glossary and the patterns, so
 * that 断路器, 熔断器, 十二要素 or 服务网格 are indexed as one word and a query for them matches the page.
 */
export function searchDictionary(): string {
  const words = new Set<string>();
  for (const entry of glossaryEntries()) {
    for (const name of [entry.chinese, ...entry.aliases]) {
      // jieba words are runs of Chinese characters; "Sidecar 代理" contributes 代理 on its own already.
      for (const run of name.match(/[\u3400-\u9fff]{2,}/g) ?? []) if (CJK.test(run)) words.add(run);
    }
  }
  return [...words].sort().map((w) => `${w} 1000`).join('\n');
}

/**
 * The dictionary goes to a file: plugin options are serialised into the site config that every page loads, and
 * the dictionary inline would add about 8 KB gzipped of JavaScript to each of them.
 */
function dictionaryFile(): string {
  const file = path.join(__dirname, '../node_modules/.cache/kb-search/zh-user-dict.txt');
  mkdirSync(path.dirname(file), {recursive: true});
  writeFileSync(file, searchDictionary());
  return file;
}

export const searchOptions = {
  language: ['zh', 'en'],
  hashed: true,
  indexDocs: true,
  indexBlog: false,
  indexPages: false,
  docsRouteBasePath: '/docs',
  highlightSearchTermsOnTargetPage: true,
  explicitSearchResultPath: true,
  searchResultLimits: 8,
  // Glossary tooltips repeat a definition in the middle of a sentence: keep them out of the index.
  ignoreCssSelectors: ['.kb-term-tip'],
  zhUserDictPath: dictionaryFile(),
} satisfies PluginOptions;
