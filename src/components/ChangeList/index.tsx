import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import groups from '@generated/change-notes/default/notes.json';
import styles from './styles.module.css';

/** 2018 → 2026 变化一览: every dated note of the site, one line each, by chapter (plugins/change-notes.ts). */
export default function ChangeList(): ReactNode {
  const count = groups.reduce((n, g) => n + g.pages.reduce((m, p) => m + p.notes.length, 0), 0);
  return (
    <>
      <p>{`全站共 ${count} 条说明，按章节排列；点击一条即可跳到原页面上的那条说明。`}</p>
      {groups.map((group) => (
        <section key={group.slug}>
          <Heading as="h2" id={group.slug}>
            {group.chapter}
          </Heading>
          {group.pages.map((page) => (
            <div key={page.path}>
              <p className={styles.page}>
                <Link to={page.path}>{page.title}</Link>
              </p>
              <ul className={styles.notes}>
                {page.notes.map((note) => (
                  <li key={note.id}>
                    <span className={styles.kind}>{note.kind}</span>
                    <Link to={`${page.path}#${note.id}`}>{note.summary}</Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
