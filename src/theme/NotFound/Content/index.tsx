import {useEffect, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useLocation} from '@docusaurus/router';
import Heading from '@theme/Heading';
import type {Props} from '@theme/NotFound/Content';
import {searchWords, suggestPages, type PageRef} from '@site/src/components/NotFound/suggest';
import {chapterHref, chapterOutline as chapters} from '@site/src/data/chapter-outline';
import styles from './styles.module.css';

/**
 * Why a swizzle: the theme's 404 page says only that the page is missing. This one offers a way on: a search form
 * (a plain GET to /search, so it works without JavaScript too), up to five pages whose address or title is closest
 * to the one requested (src/components/NotFound/suggest.ts; the page list is loaded only here), and the chapters.
 */
export default function NotFoundContent({className}: Props): ReactNode {
  const {pathname} = useLocation();
  const baseUrl = useBaseUrl('/');
  const searchAction = useBaseUrl('/search');
  const [requested, setRequested] = useState<string | undefined>(undefined);
  const [suggestions, setSuggestions] = useState<readonly PageRef[] | undefined>(undefined);

  useEffect(() => {
    // The server renders 404.html once for every missing path: the path is known only in the browser.
    setRequested(pathname);
    let cancelled = false;
    void import('@generated/page-index/default/pages.json').then(({default: pages}) => {
      if (!cancelled) setSuggestions(suggestPages(pathname, pages, baseUrl));
    });
    return () => {
      cancelled = true;
    };
  }, [pathname, baseUrl]);

  return (
    <main className={clsx('container margin-vert--xl', className)}>
      <div className="row">
        <div className="col col--8 col--offset-2">
          <Heading as="h1">找不到页面</Heading>
          <p>
            本站没有
            {requested ? (
              <>
                {' '}
                <code className={styles.path}>{decodeSafely(requested)}</code>{' '}
              </>
            ) : (
              '这个'
            )}
            地址。链接可能有误，或页面已改名；可以搜索，或从下面的页面和章节继续。
          </p>
          <form action={searchAction} method="get" role="search" aria-label="搜索本站" className={styles.search}>
            <label htmlFor="not-found-q">搜索本站</label>
            <input id="not-found-q" className="kb-input" type="search" name="q" maxLength={200} defaultValue={requested ? searchWords(requested, baseUrl) : ''} key={requested ?? ''} />
            <button type="submit" className="button button--primary">
              搜索
            </button>
          </form>
          {suggestions && suggestions.length > 0 && (
            <section aria-labelledby="not-found-suggestions">
              <Heading as="h2" id="not-found-suggestions" className={styles.subtitle}>
                你要找的可能是
              </Heading>
              <ol className={styles.suggestions}>
                {suggestions.map((page) => (
                  <li key={page.path}>
                    <Link to={page.path}>{page.title}</Link> <span className={styles.url}>{decodeSafely(page.path)}</span>
                  </li>
                ))}
              </ol>
            </section>
          )}
          <section aria-labelledby="not-found-chapters">
            <Heading as="h2" id="not-found-chapters" className={styles.subtitle}>
              章节
            </Heading>
            <ul className={styles.chapters}>
              {chapters.map((c) => (
                <li key={c.slug}>
                  <Link to={chapterHref(c)}>{c.title}</Link>
                </li>
              ))}
              <li>
                <Link to="/site-map">网站目录</Link>
              </li>
            </ul>
          </section>
        </div>
      </div>
    </main>
  );
}

function decodeSafely(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
