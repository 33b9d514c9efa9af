import {startTransition, useEffect, useState, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type CodeBlockType from '@theme/CodeBlock';
import type {WrapperProps} from '@docusaurus/types';
import {initial, load} from './load';

type Props = WrapperProps<typeof CodeBlockType>;

let loaded: typeof CodeBlockType | null = initial;

/**
 * The theme's CodeBlock, with Prism loaded only on pages that have a code block, after the page has hydrated.
 *
 * The theme sets Prism up (with prism-react-renderer's two dozen bundled languages) in a client module, so in
 * main.js, where evaluating it cost every page about 200 ms of main thread at start-up with the CPU slowed 4×.
 * plugins/chunks.ts swaps that client module for an empty one, and ./Highlighted does the set-up in its own chunk.
 *
 * The server renders the highlighted code block. While the page hydrates, this component keeps that HTML as it is
 * (an element with an empty dangerouslySetInnerHTML is left alone by hydration); once the chunk has arrived it renders
 * the theme's CodeBlock in its place, as the theme itself does after hydration to apply the colour mode. After a
 * client-side navigation, before the chunk has arrived, the reader sees the plain code.
 */
export default function CodeBlock(props: Props): ReactNode {
  const [Highlighted, setHighlighted] = useState(() => loaded);
  const isBrowser = useIsBrowser();
  useEffect(() => {
    if (Highlighted) return undefined;
    let mounted = true;
    void load().then((component) => {
      loaded = component;
      if (mounted) startTransition(() => setHighlighted(() => component));
    });
    return () => {
      mounted = false;
    };
  }, [Highlighted]);

  if (Highlighted) {
    // data-kb-rendered: rendered by React in the browser (tests wait for it before checking the page).
    return (
      <div className="kb-code-block" data-kb-rendered={isBrowser ? '' : undefined}>
        <Highlighted {...props} />
      </div>
    );
  }
  if (!isBrowser) return <div className="kb-code-block" dangerouslySetInnerHTML={{__html: ''}} suppressHydrationWarning />;
  return (
    <div className="kb-code-block">
      <pre className="theme-code-block">
        <code>{props.children}</code>
      </pre>
    </div>
  );
}
