import {startTransition, useEffect, useState, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import type ContentType from '@theme/CodeBlock/Content';
import type {Props} from '@theme/CodeBlock/Content';
import {initial, load} from './load';

type Highlighted = typeof ContentType;

let loaded: Highlighted | null = initial;
let loading: Promise<Highlighted | null> | null = null;
/** The chunk's highlighted content, or null if the chunk failed to load (asked for once per page). */
const loadOnce = (): Promise<Highlighted | null> =>
  (loading ??= load().then(
    (component) => (loaded = component),
    (error: unknown) => {
      console.error('Code highlighting failed to load; code blocks show plain code.', error);
      return null;
    },
  ));

/** True while React hydrates the server's HTML (Docusaurus marks <html> until it has; the dev server renders afresh). */
const hydratingServerHtml = (isBrowser: boolean): boolean =>
  !isBrowser && typeof document !== 'undefined' && document.documentElement.dataset.hasHydrated === 'false';

/**
 * The highlighted lines of a code block (the theme's CodeBlock/Content), with Prism in the browser only when it is
 * needed.
 *
 * - On the server: the theme's content, highlighted with Prism (./load.server). Tokens carry classes, no colours.
 * - Hydrating a page: the server's `<pre>` is adopted as it is. Its lines are an empty dangerouslySetInnerHTML, which
 *   React neither compares while hydrating nor touches later, so the server's highlighted lines stay, and no Prism is
 *   fetched or run. The `<pre>` keeps the word-wrap ref; the copy button copies the code from the block's metadata.
 * - Created by React (after a client-side navigation): the plain code at once, highlighted when the chunk with Prism
 *   (./Highlighted) has arrived; if it fails to load, the plain code stays.
 *
 * Until 2026-12 the page's hydration waited for the Prism chunk and hydrated the tokens one by one: evaluating the
 * chunk alone cost 33–52 ms of main thread on the pattern page (unthrottled, Lighthouse traces).
 */
export default function CodeBlockContent(props: Props): ReactNode {
  const isBrowser = useIsBrowser();
  const {metadata, wordWrap} = useCodeBlockContext();
  const [adopted] = useState(() => hydratingServerHtml(isBrowser));
  const [Highlighted, setHighlighted] = useState(() => loaded);
  useEffect(() => {
    if (adopted || Highlighted) return undefined;
    let mounted = true;
    void loadOnce().then((component) => {
      if (mounted && component) startTransition(() => setHighlighted(() => component));
    });
    return () => {
      mounted = false;
    };
  }, [adopted, Highlighted]);

  if (adopted) {
    // tabIndex as the theme's <pre>: the block scrolls by keyboard.
    return <pre ref={wordWrap.codeBlockRef} tabIndex={0} dangerouslySetInnerHTML={{__html: ''}} suppressHydrationWarning />;
  }
  if (Highlighted) return <Highlighted {...props} />;
  return (
    <pre ref={wordWrap.codeBlockRef} tabIndex={0} className={`${props.className ?? ''} prism-code thin-scrollbar`.trim()}>
      <code>{metadata.code}</code>
    </pre>
  );
}
