import {useEffect, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {useIdleMount} from '@site/src/hooks/useIdleMount';
import {copyText} from '@site/src/components/CopyLink/link';
import styles from '@site/src/components/CopyLink/styles.module.css';

type State = {kind: 'idle'} | {kind: 'busy'} | {kind: 'copied'} | {kind: 'failed'; url: string};

/** The site path of a page's Markdown copy: /docs/x → /docs/x.md (written by the build, plugins/llms.ts). */
export function markdownPath(pathname: string): string {
  return `${pathname.replace(/\/+$/, '') || '/index'}.md`;
}

/**
 * "复制为 Markdown": fetches the page's Markdown copy (<page URL>.md) and puts it on the clipboard, for a wiki, a
 * ticket or an LLM. If the copy or the clipboard is unavailable it says so and links the file instead.
 * Rendered after hydration, in an idle period, like "复制链接".
 */
export default function CopyMarkdown(): ReactNode {
  const ready = useIdleMount();
  const [state, setState] = useState<State>({kind: 'idle'});
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  if (!ready) return null;

  const copy = async () => {
    const url = markdownPath(window.location.pathname);
    window.clearTimeout(timer.current);
    setState({kind: 'busy'});
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(String(response.status));
      await copyText(await response.text());
      setState({kind: 'copied'});
      timer.current = window.setTimeout(() => setState({kind: 'idle'}), 6000);
    } catch {
      setState({kind: 'failed', url});
    }
  };

  return (
    <span className={clsx(styles.copyLink, styles.page, 'kb-no-print')}>
      <button
        type="button"
        className={clsx('clean-btn', styles.button, styles.labelled)}
        title="复制本页的 Markdown 全文"
        aria-busy={state.kind === 'busy'}
        onClick={() => void copy()}>
        <span>复制为 Markdown</span>
      </button>
      <span role="status" className={styles.status}>
        {state.kind === 'copied' && <span className={clsx(styles.bubble, 'kb-popover')}>已复制本页的 Markdown</span>}
        {state.kind === 'failed' && (
          <span className={clsx(styles.bubble, 'kb-popover')}>
            无法复制，可以直接打开 <a href={state.url}>Markdown 文件</a>
          </span>
        )}
      </span>
    </span>
  );
}
