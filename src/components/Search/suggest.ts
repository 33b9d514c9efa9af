/**
 * The search box's first answer: a small index of every page title, heading, glossary term and CNCF project, with
 * their other names and pinyin keys (built by build-tools/search-suggest.ts), matched here in the browser. Pure and
 * synchronous: a few thousand string comparisons a keystroke. Full-text search stays on the /search page.
 */
import {fuzzyEligible, withinOneEdit} from './typos';

/** What an entry is: its kind ranks ties (a page before one of its headings). */
export const KINDS = ['page', 'term', 'project', 'heading'] as const;
export type SuggestKind = (typeof KINDS)[number];

export interface SuggestEntry {
  /** Shown as is: "页面" or "页面 › 小节". */
  readonly title: string;
  /** Site path without the base URL, with its #anchor. */
  readonly url: string;
  readonly kind: SuggestKind;
  /** Lower-cased names to match: the title and its halves, the English name, aliases. */
  readonly names: readonly string[];
  /** Lower-cased words the page is about (front matter keywords): they match, but rank below a name. */
  readonly keywords: readonly string[];
  /** Pinyin keys of the Chinese names: full spellings and initials, lower case without spaces. */
  readonly pinyin: readonly string[];
}

export interface SuggestIndex {
  readonly entries: readonly SuggestEntry[];
  /** Lower-cased synonym → the URLs it means, best first (src/data/search-synonyms.ts). */
  readonly synonyms: Readonly<Record<string, readonly string[]>>;
}

export interface Suggestion {
  readonly entry: SuggestEntry;
  readonly score: number;
}

/** Lower case, single spaces, no leading or trailing blanks; never throws, whatever the input. */
export function normalize(query: string): string {
  return query.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 100);
}

/** A query in Latin letters as pinyin keys are written: lower case, without spaces or apostrophes (xi'an → xian). */
export function normalizePinyinQuery(query: string): string {
  return query.toLowerCase().replace(/[\s'’·-]+/g, '');
}

const LATIN = /^[a-z' ]+$/;
const KIND_BONUS: Readonly<Record<SuggestKind, number>> = {page: 6, term: 4, project: 3, heading: 0};

/** How well one entry matches, 0 for not at all. */
function score(entry: SuggestEntry, q: string, compact: string, words: readonly string[]): number {
  let best = 0;
  for (const name of entry.names) {
    if (name === q) best = Math.max(best, 100);
    else if (name.startsWith(q)) best = Math.max(best, 80);
    else if (q.length >= 2 && name.includes(q)) best = Math.max(best, 60);
  }
  for (const keyword of entry.keywords) {
    if (keyword === q) best = Math.max(best, 75);
    else if (keyword.startsWith(q)) best = Math.max(best, 58);
    else if (q.length >= 2 && keyword.includes(q)) best = Math.max(best, 45);
  }
  if (compact.length >= 2 && LATIN.test(q)) {
    for (const key of entry.pinyin) {
      if (key === compact) best = Math.max(best, 90);
      else if (key.startsWith(compact)) best = Math.max(best, compact.length >= 4 ? 70 : 50);
    }
  }
  if (best < 55 && words.some(fuzzyEligible)) {
    // One typo in a long English word: against each word of each name.
    const typo = words.every(
      (w) => !fuzzyEligible(w) || entry.names.some((name) => name.split(/[\s/（）()·,，]+/).some((part) => withinOneEdit(w, part))),
    );
    if (typo && words.some((w) => fuzzyEligible(w))) best = 55;
  }
  return best === 0 ? 0 : best + KIND_BONUS[entry.kind];
}

/** The best entries for a query, best first; [] for a blank query. */
export function suggest(index: SuggestIndex, query: string, limit = 8): Suggestion[] {
  const q = normalize(query);
  if (!q) return [];
  const compact = normalizePinyinQuery(q);
  const words = q.split(' ').filter(Boolean);
  const found = new Map<string, Suggestion>();
  const add = (entry: SuggestEntry, s: number) => {
    const current = found.get(entry.url);
    if (!current || current.score < s) found.set(entry.url, {entry, score: s});
  };
  const synonymTargets = index.synonyms[q] ?? [];
  for (const entry of index.entries) {
    const s = score(entry, q, compact, words);
    const synonym = synonymTargets.indexOf(entry.url);
    if (synonym >= 0) add(entry, 95 - synonym + KIND_BONUS[entry.kind]);
    if (s > 0) add(entry, s);
  }
  const rank = (s: Suggestion) => KINDS.indexOf(s.entry.kind);
  return [...found.values()]
    .sort((a, b) => b.score - a.score || rank(a) - rank(b) || a.entry.title.length - b.entry.title.length)
    .slice(0, limit);
}
