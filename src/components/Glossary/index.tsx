import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import Heading from '@theme/Heading';
import data from '@generated/glossary/default/glossary.json';
import type {GlossaryIndexEntry} from '@site/src/data/glossary-entries';
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
        <a className={styles.anchor} href={`#${entry.id}`}>
          {entry.chinese}
        </a>
        {entry.english !== entry.chinese && (
          <span className={styles.english} lang="en">
            {entry.english}
          </span>
        )}
        {entry.pattern && <span className={styles.badge}>模式</span>}
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

/** The glossary: an A–Z index (Chinese names by pinyin) and every term, grouped by letter. Built by plugins/glossary.ts. */
export default function Glossary(): ReactNode {
  const present = new Set(data.letters);
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
        <p className={styles.count}>共 {data.entries.length} 个术语</p>
      </nav>
      {data.letters.map((letter) => (
        <section key={letter} aria-labelledby={letterId(letter)}>
          <Heading as="h2" id={letterId(letter)} className={styles.letter}>
            {letter === '#' ? '其他' : letter}
          </Heading>
          <dl className={styles.list}>
            {data.entries
              .filter((e) => e.letter === letter)
              .map((entry) => (
                <Entry key={entry.id} entry={entry} />
              ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
