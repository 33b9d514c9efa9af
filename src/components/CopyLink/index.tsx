import {useEffect, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useIdleMount} from '@site/src/hooks/useIdleMount';
import {copyText, headingTitle, htmlLink, linkOrigin, markdownLink} from './link';
import styles from './styles.module.css';

interface Props {
  /** Heading id to link to; omitted for the page link. */
  readonly anchor?: string;
  /** Show the label next to the icon (the page-level control does; heading controls are icon-only). */
  readonly showLabel?: boolean;
  /** What the anchor is called in the copied link's title; by default the text of the heading around the control. */
  readonly title?: string;
  /** Keep the page's query string (a table's or the explorer's filters) in the copied link. */
  readonly withQuery?: boolean;
}

type State = {kind: 'idle'} | {kind: 'copied'; what: 'markdown' | 'url'} | {kind: 'failed'; text: string};

function LinkIcon(): ReactNode {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" className={styles.icon}>
      <path
        fill="currentColor"
        d="M10.6 13.4a1 1 0 0 1 0-1.4l3.5-3.5a1 1 0 1 1 1.4 1.4L12 13.4a1 1 0 0 1-1.4 0Zm-2.1 5.7-1.4 1.4a4 4 0 0 1-5.7-5.7l3.5-3.5a4 4 0 0 1 5.2-.4 1 1 0 1 1-1.2 1.6 2 2 0 0 0-2.6.2l-3.5 3.5a2 2 0 1 0 2.8 2.8l1.4-1.4a1 1 0 1 1 1.5 1.5Zm8-5.7a1 1 0 0 1 0-1.4l3.5-3.5a2 2 0 1 0-2.8-2.8L15.8 7a1 1 0 0 1-1.4-1.4l1.4-1.4a4 4 0 0 1 5.7 5.7L18 13.4a4 4 0 0 1-5.2.4 1 1 0 1 1 1.2-1.6 2 2 0 0 0 2.6-.2Z"
      />
    </svg>
  );
}

/**
 * "复制链接": copies a ready-to-paste Markdown link `[标题 - 云原生架构知识库](absolute URL#id)` to the page or to a
 * heading, with a visible (and announced) confirmation that offers the plain URL as a second option. The URL is
 * the canonical one (SITE_URL + BASE_URL + path), so a link copied from a preview still points at the site (see
 * linkOrigin for a build without SITE_URL); rich editors get the same link as HTML.
 * Rendered only after hydration, in an idle period (useIdleMount): without JavaScript there is nothing that could not work.
 */
export default function CopyLink({anchor, showLabel = false, title, withQuery = false}: Props): ReactNode {
  const ready = useIdleMount();
  const {siteConfig} = useDocusaurusContext();
  const [state, setState] = useState<State>({kind: 'idle'});
  const buttonRef = useRef<HTMLButtonElement>(null);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(timer.current), []);
  if (!ready) return null;

  const target = () => {
    const query = withQuery ? window.location.search : '';
    const url = `${linkOrigin(siteConfig.url)}${window.location.pathname}${query}${anchor ? `#${anchor}` : ''}`;
    const pageTitle = document.querySelector('article h1, main h1')?.textContent?.trim() ?? document.title;
    if (!anchor) return {url, title: pageTitle};
    if (title) return {url, title: headingTitle(pageTitle, title)};
    const heading = buttonRef.current?.closest('h1, h2, h3, h4, h5, h6')?.cloneNode(true) as HTMLElement | undefined;
    heading?.querySelectorAll('button, .hash-link, [role="status"]').forEach((el) => el.remove());
    return {url, title: headingTitle(pageTitle, heading?.textContent?.trim() ?? anchor)};
  };

  const copy = async (what: 'markdown' | 'url') => {
    const {url, title} = target();
    const text = what === 'markdown' ? markdownLink(title, url) : url;
    window.clearTimeout(timer.current);
    try {
      await copyText(text, what === 'markdown' ? htmlLink(title, url) : undefined);
      setState({kind: 'copied', what});
      timer.current = window.setTimeout(() => setState({kind: 'idle'}), 6000);
    } catch {
      setState({kind: 'failed', text});
    }
  };

  const label = !anchor ? '复制本页链接' : title ? `复制“${title}”的链接` : '复制本节链接';
  return (
    <span className={clsx(styles.copyLink, !anchor && styles.page, 'kb-no-print')}>
      <button
        ref={buttonRef}
        type="button"
        className={clsx('clean-btn', styles.button, showLabel && styles.labelled)}
        aria-label={showLabel ? undefined : label}
        title={`${label}（Markdown 格式）`}
        onClick={() => void copy('markdown')}>
        <LinkIcon />
        {showLabel && <span>复制链接</span>}
      </button>
      <span role="status" className={styles.status}>
        {state.kind === 'copied' && (
          <span className={clsx(styles.bubble, 'kb-popover')}>
            {state.what === 'markdown' ? '已复制 Markdown 链接' : '已复制网址'}
            {state.what === 'markdown' && (
              <button type="button" className={clsx('clean-btn', styles.second)} onClick={() => void copy('url')}>
                改为复制纯网址
              </button>
            )}
          </span>
        )}
        {state.kind === 'failed' && (
          <span className={clsx(styles.bubble, 'kb-popover')}>
            无法写入剪贴板，请手动复制：
            <input className={styles.manual} readOnly value={state.text} aria-label="要复制的链接" onFocus={(e) => e.currentTarget.select()} />
          </span>
        )}
      </span>
    </span>
  );
}
