/**
 * Builds the search box's suggestion index (src/components/Search/suggest.ts) from the docs and src/data: every
 * page and heading, glossary term, CNCF project and synonym, with pinyin keys for the Chinese names.
 */
import {readDocs, type DocFile} from './docs';
import {pinyinKeys} from './search-keys';
import {cncfProjects} from '../src/data/cncf-projects';
import {docHref, glossaryEntries} from '../src/data/glossary-entries';
import {cncfProjectHref} from '../src/data/hrefs';
import {searchSynonyms} from '../src/data/search-synonyms';
import {normalize, type SuggestEntry, type SuggestIndex} from '../src/components/Search/suggest';

/** Names as the matcher normalises a query, once each. */
const lower = (names: readonly string[]) => [...new Set(names.map(normalize).filter(Boolean))];
/** A title's names: the whole title and its halves, for "中文（English）" and "12-Factor 十二要素" alike. */
const split = (title: string) => [title, ...title.split(/[（）()]|\s+(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])\s+/).map((s) => s.trim())];
const keysOf = (names: readonly string[]) =>
  [...new Set(names.flatMap((n) => {
    const keys = pinyinKeys(n);
    return keys ? [keys.full, keys.initials] : [];
  }))];

/** A page and its headings; `extraNames` are a pattern's names and aliases, which belong to its page. */
function docEntries(doc: DocFile, extraNames: readonly string[]): SuggestEntry[] {
  const title = String(doc.frontMatter.title ?? doc.id);
  const url = docHref(doc.id);
  const keywords = Array.isArray(doc.frontMatter.keywords) ? doc.frontMatter.keywords.map(String) : [];
  const names = [...split(title), ...extraNames];
  const page: SuggestEntry = {title, url, kind: 'page', names: lower(names), keywords: lower(keywords), pinyin: keysOf(names)};
  const headings = doc.headings.flatMap((h): SuggestEntry[] =>
    h.id ? [{title: `${title} › ${h.text}`, url: `${url}#${h.id}`, kind: 'heading', names: lower(split(h.text)), keywords: [], pinyin: keysOf(split(h.text))}] : [],
  );
  return [page, ...headings];
}

export function buildSuggestIndex(docs: readonly DocFile[] = readDocs()): SuggestIndex {
  const terms = glossaryEntries();
  // A pattern's names go to its page: the page, not its glossary line, is what a reader wants.
  const patternNames = new Map(terms.filter((t) => t.pattern).map((t) => [`/docs/patterns/${t.id}`, [t.chinese, t.english, ...t.aliases]]));
  const entries: SuggestEntry[] = docs.flatMap((doc) => docEntries(doc, patternNames.get(docHref(doc.id)) ?? []));
  for (const url of patternNames.keys()) {
    if (!entries.some((e) => e.url === url)) throw new Error(`build-tools/search-suggest.ts: no page for pattern "${url.split('/').pop()}"`);
  }
  for (const term of terms) {
    if (term.pattern) continue;
    const names = [term.chinese, term.english, ...term.aliases];
    entries.push({title: `术语表 › ${term.chinese}`, url: `/docs/glossary#${term.id}`, kind: 'term', names: lower(names), keywords: [], pinyin: keysOf(names)});
  }
  for (const p of cncfProjects) {
    entries.push({title: `CNCF 项目一览 › ${p.name}`, url: cncfProjectHref(p.slug), kind: 'project', names: lower([p.name, p.slug]), keywords: [], pinyin: []});
  }
  const urls = new Set(entries.map((e) => e.url));
  const synonyms: Record<string, string[]> = {};
  for (const s of searchSynonyms) {
    const targets = s.targets.map((t) => {
      const [docId, anchor] = t.split('#') as [string, string | undefined];
      const url = docHref(docId) + (anchor ? `#${anchor}` : '');
      if (!urls.has(url)) throw new Error(`src/data/search-synonyms.ts: "${s.terms[0]}": no page or heading ${url} in the index`);
      return url;
    });
    for (const term of lower(s.terms)) synonyms[term] = targets;
  }
  return {entries, synonyms};
}
