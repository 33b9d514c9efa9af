import {docHref} from './hrefs';
import {glossaryTerms} from './glossary';
import {patterns} from './patterns';
import type {GlossaryTerm} from './schema';

/** Site-relative URL of a doc id (docs/<x>/index.md is served at /docs/<x>); here too for its older importers. */
export {docHref};

export interface GlossaryEntry extends GlossaryTerm {
  /** True for the entries built from src/data/patterns.ts. */
  readonly pattern: boolean;
}

/** Every term of the glossary: src/data/glossary.ts plus one entry per pattern (name, aliases, summary, page). */
export function glossaryEntries(): GlossaryEntry[] {
  return [
    ...glossaryTerms.map((t) => ({...t, pattern: false})),
    ...patterns.map((p) => ({
      id: p.slug,
      chinese: p.chinese,
      english: p.english,
      aliases: p.formerEnglish ? [p.formerEnglish, ...p.aliases] : [...p.aliases],
      definition: p.summary,
      pages: [`patterns/${p.slug}`],
      pattern: true,
    })),
  ];
}

/** A link from an entry to a page that explains it. */
export interface GlossaryPageLink {
  /** Site-relative URL, e.g. /docs/architecture/twelve-factor#config */
  readonly href: string;
  /** Page title, plus the heading for links to a heading: "12-Factor 十二要素 › 配置". */
  readonly label: string;
}

export interface GlossaryIndexEntry {
  readonly id: string;
  readonly chinese: string;
  readonly english: string;
  readonly aliases: readonly string[];
  readonly definition: string;
  readonly pattern: boolean;
  readonly pages: readonly GlossaryPageLink[];
  /** Latin spelling used for sorting: pinyin for Chinese characters, the name itself otherwise. */
  readonly sortKey: string;
  /** Index letter A–Z ("#" when the name starts with a digit or symbol). */
  readonly letter: string;
}

/** What the glossary page renders; computed at build time by plugins/glossary.ts (pinyin never ships to the browser). */
export interface GlossaryData {
  readonly letters: readonly string[];
  readonly entries: readonly GlossaryIndexEntry[];
}

/** A pattern as listed on /docs/glossary: its name under its letter, linking to its entry on /docs/glossary/patterns. */
export interface GlossaryPatternLink {
  readonly id: string;
  readonly chinese: string;
  /** English name and aliases: what the terms page's filter matches besides the Chinese name. */
  readonly english: string;
  readonly aliases: readonly string[];
  readonly letter: string;
}

/** The two glossary pages: terms (with every pattern named under its letter) and patterns. */
export interface GlossaryPages {
  readonly terms: GlossaryData & {readonly patterns: readonly GlossaryPatternLink[]};
  readonly patterns: GlossaryData;
}

/** URL of a glossary entry: patterns have their entries on /docs/glossary/patterns, other terms on /docs/glossary. */
export function glossaryHref(id: string, pattern: boolean): string {
  return `${pattern ? '/docs/glossary/patterns' : '/docs/glossary'}#${id}`;
}

const lettersOf = (entries: readonly GlossaryIndexEntry[]) =>
  [...new Set(entries.map((e) => e.letter))].sort((a, b) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)));

/**
 * Splits the glossary in two pages so that each stays within the page budgets (HTML ≤ 100 KB, JS ≤ 200 KB gzipped):
 * the terms page lists every pattern by name under its letter, so its A–Z index still covers every term.
 */
export function glossaryPages(data: GlossaryData): GlossaryPages {
  // The pages need neither the sort key (entries come sorted) nor the flag (each page holds one kind).
  const slim = (e: GlossaryIndexEntry): GlossaryIndexEntry => ({...e, sortKey: '', aliases: e.aliases.filter((a) => a.toLowerCase() !== e.english.toLowerCase())});
  const terms = data.entries.filter((e) => !e.pattern).map(slim);
  const patterns = data.entries.filter((e) => e.pattern).map(slim);
  return {
    terms: {
      letters: lettersOf(data.entries),
      entries: terms,
      patterns: patterns.map(({id, chinese, english, aliases, letter}) => ({id, chinese, english, aliases, letter})),
    },
    patterns: {letters: lettersOf(patterns), entries: patterns},
  };
}

export interface DocInfo {
  readonly title: string;
  /** Heading id → heading text. */
  readonly headings: ReadonlyMap<string, string>;
}

/** Why a doc link (a doc id with an optional #anchor) does not resolve in `docs`, or undefined when it does. */
export function docLinkProblem(docs: ReadonlyMap<string, DocInfo>, link: string): string | undefined {
  const [docId, anchor] = link.split('#') as [string, string | undefined];
  const doc = docs.get(docId);
  if (!doc) return `no page "${docId}" in docs/`;
  if (anchor !== undefined && !doc.headings.has(anchor)) return `no heading #${anchor} in "${docId}"`;
  return undefined;
}

/**
 * Sorts and groups every entry by its pinyin (or Latin) spelling and resolves each page link to a URL and a
 * label. Throws, naming the entry, when a link points at a page or heading that does not exist.
 */
export function buildGlossary(toPinyin: (text: string) => string, docs: ReadonlyMap<string, DocInfo>): GlossaryData {
  const collator = new Intl.Collator('en', {sensitivity: 'base', numeric: true});
  const entries = glossaryEntries()
    .map((entry): GlossaryIndexEntry => {
      const sortKey = toPinyin(entry.chinese).toLowerCase().replace(/\s+/g, '');
      const first = sortKey.charAt(0).toUpperCase();
      return {
        id: entry.id,
        chinese: entry.chinese,
        english: entry.english,
        aliases: entry.aliases,
        definition: entry.definition,
        pattern: entry.pattern,
        sortKey,
        letter: /[A-Z]/.test(first) ? first : '#',
        pages: entry.pages.map((link) => {
          const problem = docLinkProblem(docs, link);
          if (problem) throw new Error(`glossary entry "${entry.id}": field "pages": ${problem}`);
          const [docId, anchor] = link.split('#') as [string, string | undefined];
          const doc = docs.get(docId)!;
          return {
            href: docHref(docId) + (anchor ? `#${anchor}` : ''),
            label: anchor ? `${doc.title} › ${doc.headings.get(anchor)}` : doc.title,
          };
        }),
      };
    })
    .sort((a, b) => collator.compare(a.sortKey, b.sortKey) || collator.compare(a.english, b.english));
  const letters = [...new Set(entries.map((e) => e.letter))].sort((a, b) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)));
  return {letters, entries};
}
