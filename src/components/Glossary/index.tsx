import {memo, useMemo, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import Heading from '@theme/Heading';
import CopyLink from '@site/src/components/CopyLink';
import type {GlossaryData, GlossaryIndexEntry, GlossaryPatternLink} from '@site/src/data/glossary-entries';
import {glossaryHref} from '@site/src/data/glossary-entries';
import {useUrlState} from '@site/src/hooks/useUrlState';
import {entryMatches, patternMatches, readQuery, writeQuery} from './filter';
import styles from './styles.module.css';

const ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const NO_PATTERNS: readonly GlossaryPatternLink[] = [];

function letterId(letter: string): string {
  return letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`;
}

function Entry({entry}: {entry: GlossaryIndexEntry}): ReactNode {
  useBrokenLinks().collectAnchor(entry.id);
  return (
    <div className={styles.entry}>
      <dt id={entry.id} className={styles.term}>
        {/* The name links to the entry itself: the link a reader copies into a wiki. */}
        <a href={`#${entry.id}`}>
          {entry.chinese}
          {entry.english !== entry.chinese && (
            <span className={styles.english} lang="en">
              {entry.english}
            </span>
          )}
        </a>
        <CopyLink anchor={entry.id} title={entry.english !== entry.chinese ? `${entry.chinese}（${entry.english}）` : entry.chinese} />
      </dt>
      <dd className={styles.body}>
        <p className={styles.definition}>{entry.definition}</p>
        {entry.aliases.length > 0 && <p className={styles.aliases}>又称：{entry.aliases.join('、')}</p>}
        <p className={styles.pages}>
          详见：
          {entry.pages.map((page, i) => (
            <span key={page.href}>
              {i > 0 && '；'}
              <Link to={page.href}>{page.label}</Link>
            </span>
          ))}
        </p>
      </dd>
    </div>
  );
}

/** Names of the patterns filed under a letter, linking to their entries on /docs/glossary/patterns. */
function PatternNames({patterns}: {patterns: readonly GlossaryPatternLink[]}): ReactNode {
  if (patterns.length === 0) return null;
  return (
    <p className={styles.patternNames}>
      <span className={styles.badge}>模式</span>
      {patterns.map((p, i) => (
        <span key={p.id}>
          {i > 0 && '、'}
          <Link to={glossaryHref(p.id, true)}>{p.chinese}</Link>
        </span>
      ))}
    </p>
  );
}

interface Props {
  readonly data: GlossaryData & {readonly patterns?: readonly GlossaryPatternLink[]};
}

interface Shown {
  readonly entries: readonly GlossaryIndexEntry[];
  readonly patterns: readonly GlossaryPatternLink[];
}

/**
 * A glossary page: an A–Z index (Chinese names by pinyin), a filter, and the terms grouped by letter. Data from
 * plugins/glossary.ts. Every entry is in the static HTML; the filter works after hydration and lives in the URL
 * (`?q=熔断`), so a filtered list can be linked too.
 */
export default function Glossary({data}: Props): ReactNode {
  const [query, setQuery, hydrated] = useUrlState('', readQuery, writeQuery);
  const allPatterns = data.patterns ?? NO_PATTERNS;
  const total = data.entries.length + allPatterns.length;
  // Without a query the same arrays as the data: hydration then re-renders nothing but the form.
  const shown = useMemo<Shown>(
    () =>
      query.trim()
        ? {entries: data.entries.filter((e) => entryMatches(e, query)), patterns: allPatterns.filter((p) => patternMatches(p, query))}
        : {entries: data.entries, patterns: allPatterns},
    [data.entries, allPatterns, query],
  );
  const count = shown.entries.length + shown.patterns.length;
  const present = new Set([...shown.entries.map((e) => e.letter), ...shown.patterns.map((p) => p.letter)]);

  return (
    <div className={styles.glossary}>
      {/* inert until hydration (see src/css/custom.css, .kb-needs-js) */}
      <form className={`${styles.filter} kb-needs-js`} role="search" aria-label="筛选术语" inert={!hydrated} onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>筛选</span>
          <input
            type="search"
            className="kb-input"
            value={query}
            maxLength={200}
            placeholder="中文名、英文名、别名或释义中的词"
            aria-describedby="glossary-count"
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
      </form>
      <p id="glossary-count" className={styles.count} aria-live="polite">
        {count === total ? `共 ${total} 个术语` : `显示 ${count} / ${total} 个术语`}
      </p>
      <nav aria-label="按字母（拼音）索引" className={styles.index}>
        <ul>
          {[...ALPHABET, ...(data.letters.includes('#') ? ['#'] : [])].map((letter) => (
            <li key={letter}>
              {present.has(letter) ? (
                <a href={`#${letterId(letter)}`}>{letter}</a>
              ) : (
                <span aria-disabled="true" title={`没有以 ${letter} 开头的术语`}>
                  {letter}
                </span>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <Sections letters={data.letters} shown={shown} />
      {count === 0 && (
        <p className={styles.none}>
          没有符合条件的术语。请换一个词、清空筛选框，或<Link to={`/search?q=${encodeURIComponent(query.trim())}`}>在全站搜索“{query.trim()}”</Link>。
        </p>
      )}
    </div>
  );
}

/** The letters and their entries, memoised on what is shown: typing re-renders them, hydration does not. */
const Sections = memo(function Sections({letters, shown}: {letters: readonly string[]; shown: Shown}): ReactNode {
  return letters.map((letter) => {
    const entries = shown.entries.filter((e) => e.letter === letter);
    const patterns = shown.patterns.filter((p) => p.letter === letter);
    if (entries.length === 0 && patterns.length === 0) return null;
    return (
      <section key={letter} aria-labelledby={letterId(letter)}>
        <Heading as="h2" id={letterId(letter)} className={styles.letter}>
          {letter === '#' ? '其他' : letter}
        </Heading>
        {entries.length > 0 && (
          <dl className={styles.list}>
            {entries.map((entry) => (
              <Entry key={entry.id} entry={entry} />
            ))}
          </dl>
        )}
        <PatternNames patterns={patterns} />
      </section>
    );
  });
});
