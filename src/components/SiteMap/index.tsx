import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {chapterHref, chapters} from '@site/src/data/chapters';
import styles from './styles.module.css';

interface PageEntry {
  readonly id: string;
  readonly path: string;
  readonly title: string;
}

function PageLinks({ids, byId}: {ids: readonly string[]; byId: ReadonlyMap<string, PageEntry>}): ReactNode {
  return (
    <ul className={styles.pages}>
      {ids.map((id) => {
        const page = byId.get(id);
        return page ? (
          <li key={id}>
            <Link to={page.path}>{page.title}</Link>
          </li>
        ) : null;
      })}
    </ul>
  );
}

/**
 * /site-map: every chapter and page of the knowledge base in reading order, in the static HTML. The navbar links it
 * on phones without JavaScript, where the menu button cannot open (src/css/custom.css, .kb-sitemap-link).
 */
export default function SiteMap({pages}: {readonly pages: readonly PageEntry[]}): ReactNode {
  const byId = new Map(pages.map((p) => [p.id, p]));
  return (
    <Layout title="网站目录" description="云原生架构知识库的全部章节与页面，按阅读顺序排列。">
      <main className="container margin-vert--lg">
        <Heading as="h1">网站目录</Heading>
        <p>本站的全部章节与页面，按阅读顺序排列，共 {pages.length} 页。</p>
        <div className={styles.chapters}>
          {chapters.map((chapter) => (
            <section key={chapter.slug} className={styles.chapter} aria-labelledby={`chapter-${chapter.slug}`}>
              <Heading as="h2" id={`chapter-${chapter.slug}`} className={styles.title}>
                <Link to={chapterHref(chapter)}>{chapter.title}</Link>
              </Heading>
              <p className={styles.summary}>{chapter.summary}</p>
              {chapter.groups
                ? chapter.groups.map((group) => (
                    <details key={group.label} className={styles.group}>
                      <summary>
                        {group.label}（{group.pages.length}）
                      </summary>
                      <PageLinks ids={group.pages} byId={byId} />
                    </details>
                  ))
                : chapter.pages.length > 0 && <PageLinks ids={chapter.pages} byId={byId} />}
            </section>
          ))}
        </div>
      </main>
    </Layout>
  );
}
