import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import Heading from '@theme/Heading';
import type {GlossaryData, GlossaryIndexEntry, GlossaryPatternLink} from '@site/src/data/glossary-entries';
import {glossaryHref} from '@site/src/data/glossary-entries';
import styles from './styles.module.css';

const ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

function letterId(letter: string): string {
  return letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`;
}

function Entry({entry}: {entry: GlossaryIndexEntry}): ReactNode {
  useBrokenLinks().collectAnchor(entry.id);
  return (
    <div className={styles.entry}>
      <dt id={entry.id} className={styles.term}>
        {entry.chinese}
        {entry.english !== entry.chinese && (
          <span className={styles.english} lang="en">
            {entry.english}
          </span>
        )}
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

/** A glossary page: an A–Z index (Chinese names by pinyin) and its terms, grouped by letter. Data from plugins/glossary.ts. */
export default function Glossary({data}: Props): ReactNode {
  const present = new Set(data.letters);
  const total = data.entries.length + (data.patterns?.length ?? 0);
  return (
    <div className={styles.glossary}>
      <nav aria-label="按字母（拼音）索引" className={styles.index}>
        <ul>
          {[...ALPHABET, ...(present.has('#') ? ['#'] : [])].map((letter) => (
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
        <p className={styles.count}>共 {total} 个术语</p>
      </nav>
      {data.letters.map((letter) => {
        const entries = data.entries.filter((e) => e.letter === letter);
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
            {data.patterns && <PatternNames patterns={data.patterns.filter((p) => p.letter === letter)} />}
          </section>
        );
      })}
    </div>
  );
}
