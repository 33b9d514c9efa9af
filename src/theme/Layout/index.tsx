import type {ReactNode} from 'react';
import Layout from '@theme-original/Layout';
import type LayoutType from '@theme/Layout';
import type {WrapperProps} from '@docusaurus/types';
import Link from '@docusaurus/Link';
import {useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {chapterHref, chapterOutline as chapters} from '@site/src/data/chapter-outline';

type Props = WrapperProps<typeof LayoutType>;

/** What /search says without JavaScript, where the plugin's page is an empty box: how to read on instead. */
function SearchWithoutJs(): ReactNode {
  return (
    <div className="container margin-top--lg kb-without-js">
      <div className="alert alert--info" role="note">
        <p>站内搜索在浏览器中检索离线索引，需要启用 JavaScript。也可以从下面的章节、<Link to="/docs/glossary">术语表</Link>或<Link to="/site-map">网站目录</Link>找到页面。</p>
        <ul>
          {chapters.map((c) => (
            <li key={c.slug}>
              <Link to={chapterHref(c)}>{c.title}</Link>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/**
 * Why a wrapper: the search plugin's /search page renders its content straight into Layout, without a <main>
 * landmark (axe: landmark-one-main, region), and shows nothing without JavaScript. Every other page brings its own
 * <main>; this wrapper adds one on /search only, with a note for readers without JavaScript.
 */
export default function LayoutWrapper(props: Props): ReactNode {
  const searchPath = useBaseUrl('/search');
  const isSearchPage = useLocation().pathname.replace(/\/$/, '') === searchPath.replace(/\/$/, '');
  return (
    <Layout {...props}>
      {isSearchPage ? (
        <main>
          <SearchWithoutJs />
          {props.children}
        </main>
      ) : (
        props.children
      )}
    </Layout>
  );
}
