import {useEffect, useId, useRef, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {loadSuggestIndex, withHighlight} from '@site/src/components/Search/loadIndex';
import {excerptParts, loadPagefind, type PagefindData} from '@site/src/components/Search/pagefind';
import {normalize, suggest, type Suggestion} from '@site/src/components/Search/suggest';
import {chapterHref, chapterOutline as chapters} from '@site/src/data/chapter-outline';
import styles from './styles.module.css';

/** Pages whose full-text hits are shown at first, and how many more each "显示更多" adds. */
const PAGE = 10;
const MAX_QUERY = 200;

type FullText =
  | {state: 'idle'}
  | {state: 'loading'}
  | {state: 'failed'}
  | {state: 'done'; total: number; pages: readonly PagefindData[]};

/** The query of a location's ?q=, as the box shows it. */
function queryOf(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').slice(0, MAX_QUERY);
}

function Excerpt({text}: {text: string}): ReactNode {
  return (
    <p className={styles.excerpt}>
      {excerptParts(text).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </p>
  );
}

/**
 * "页面 › 小节", or the page alone for a hit above its first heading or under a heading that names nothing on its
 * own (the glossary's one-letter index headings).
 */
export function sectionTitle(page: string, section: string): string {
  const name = section.trim();
  return name === page || name.length <= 1 ? page : `${page} › ${name}`;
}

/** One page of full-text hits: its best sections, each titled "页面 › 小节". */
function FullTextHit({page}: {page: PagefindData}): ReactNode {
  const title = page.meta.title ?? page.url;
  const sections = page.sub_results.length ? page.sub_results.slice(0, 3) : [{title, url: page.url, excerpt: page.excerpt}];
  return (
    <li className={styles.hit}>
      {sections.map((s) => (
        <div key={s.url} className={styles.section}>
          <Link to={s.url} className={styles.title}>
            {sectionTitle(title, s.title)}
          </Link>
          <Excerpt text={s.excerpt} />
        </div>
      ))}
    </li>
  );
}

/**
 * The /search page: what the navbar box's Enter opens when no name matches, and where ?q= links land. First the
 * pages, sections, terms and projects whose names match (the box's own index, pinyin and typos included), then
 * Pagefind's full-text hits. Both are plain links in the page; the query stays in the URL as the reader types.
 */
export default function SearchResults(): ReactNode {
  const location = useLocation();
  const history = useHistory();
  const searchPath = useBaseUrl('/search');
  const baseUrl = useBaseUrl('/');
  const inputId = useId();
  // Empty on the server and at hydration (the server has no ?q=), then the URL's query.
  const [query, setQuery] = useState('');
  const [names, setNames] = useState<readonly Suggestion[] | null>(null);
  const [fullText, setFullText] = useState<FullText>({state: 'idle'});
  // The query the page was opened with is searched at once; later ones after a pause in typing.
  const typed = useRef(false);
  const hits = useRef<ReadonlyArray<{data: () => Promise<PagefindData>}>>([]);

  // Back and forward between queries: the box follows the URL. The URL holds the trimmed query, so a box that
  // already says the same (with the space the reader just typed) is left alone.
  useEffect(() => {
    const fromUrl = queryOf(location.search);
    setQuery((current) => (normalize(current) === normalize(fromUrl) ? current : fromUrl));
  }, [location.search]);

  const q = normalize(query);
  useEffect(() => {
    if (!q) {
      setNames([]);
      setFullText({state: 'idle'});
      return undefined;
    }
    let current = true;
    loadSuggestIndex().then(
      (index) => current && setNames(suggest(index, q, 6).filter((s) => s.score >= 55)),
      () => current && setNames([]),
    );
    setFullText({state: 'loading'});
    const timer = window.setTimeout(() => {
      loadPagefind(baseUrl)
        .then((pf) => pf.search(q))
        .then(async (found) => {
          hits.current = found?.results ?? [];
          const pages = await Promise.all(hits.current.slice(0, PAGE).map((r) => r.data()));
          if (current) setFullText({state: 'done', total: hits.current.length, pages});
        })
        .catch(() => current && setFullText({state: 'failed'}));
    }, typed.current ? 200 : 0);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [q, baseUrl]);

  const showMore = async () => {
    if (fullText.state !== 'done') return;
    // One more batch after the pages shown (their data is cached by Pagefind).
    const pages = await Promise.all(hits.current.slice(0, fullText.pages.length + PAGE).map((r) => r.data()));
    setFullText({...fullText, pages});
  };

  const onChange = (value: string) => {
    typed.current = true;
    setQuery(value);
    const params = value.trim() ? `?q=${encodeURIComponent(value.trim().slice(0, MAX_QUERY))}` : '';
    history.replace(`${searchPath}${params}`);
  };

  const nameHits = names ?? [];
  const status = !q
    ? '输入关键词：中文、英文、拼音或缩写均可。'
    : fullText.state === 'failed'
      ? ''
      : fullText.state !== 'done' || names === null
        ? '正在搜索……'
        : nameHits.length === 0 && fullText.total === 0
          ? `没有找到与“${query.trim()}”相关的页面。`
          : `名称匹配 ${nameHits.length} 项，全文匹配 ${fullText.total} 个页面。`;

  return (
    <div className={styles.page}>
      <h1>{q ? `“${query.trim()}”的搜索结果` : '搜索'}</h1>
      <form
        action={searchPath}
        method="get"
        role="search"
        aria-label="全文搜索"
        className="kb-needs-js"
        onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={inputId} className={styles.label}>
          关键词
        </label>
        <input
          id={inputId}
          className={styles.input}
          type="search"
          name="q"
          value={query}
          maxLength={MAX_QUERY}
          autoComplete="off"
          onChange={(e) => onChange(e.target.value)}
        />
      </form>
      <div className="kb-without-js alert alert--info margin-top--md" role="note">
        <p>
          站内搜索在浏览器中检索离线索引，需要启用 JavaScript。也可以从下面的章节、<Link to="/docs/glossary">术语表</Link>或
          <Link to="/site-map">网站目录</Link>找到页面。
        </p>
        <ul>
          {chapters.map((c) => (
            <li key={c.slug}>
              <Link to={chapterHref(c)}>{c.title}</Link>
            </li>
          ))}
        </ul>
      </div>
      <p role="status" className={`${styles.status} kb-needs-js`}>
        {status}
      </p>
      {fullText.state === 'failed' && (
        <p role="alert" className={styles.error}>
          全文搜索索引加载失败（离线或网络中断）。名称匹配仍可用；也可以从<Link to="/site-map">网站目录</Link>查找页面。
        </p>
      )}
      {nameHits.length > 0 && (
        <section aria-labelledby={`${inputId}-names`}>
          <h2 id={`${inputId}-names`} className={styles.heading}>
            标题与名称匹配
          </h2>
          <ul className={styles.names}>
            {nameHits.map((s) => (
              <li key={s.entry.url}>
                <Link to={withHighlight(s.entry.url, query)}>{s.entry.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {fullText.state === 'done' && fullText.total > 0 && (
        <section aria-labelledby={`${inputId}-full`}>
          <h2 id={`${inputId}-full`} className={styles.heading}>
            全文匹配
          </h2>
          <ol className={styles.hits}>
            {fullText.pages.map((page) => (
              <FullTextHit key={page.url} page={page} />
            ))}
          </ol>
          {fullText.total > fullText.pages.length && (
            <button type="button" className="button button--secondary" onClick={() => void showMore()}>
              显示更多（还有 {fullText.total - fullText.pages.length} 个页面）
            </button>
          )}
        </section>
      )}
    </div>
  );
}
