import {startTransition, use, useEffect, useState, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type CodeBlockType from '@theme/CodeBlock';
import type {WrapperProps} from '@docusaurus/types';
import {initial, load} from './load';

type Props = WrapperProps<typeof CodeBlockType>;

let loaded: typeof CodeBlockType | null = initial;
let loading: Promise<typeof CodeBlockType | null> | null = null;
/**
 * The chunk's CodeBlock, or null if the chunk failed to load. One promise for the page's life: a hydrating block
 * that suspends is rendered again when it settles, and must then get the same promise back (a new attempt each time
 * would suspend it again, without end).
 */
const loadOnce = (): Promise<typeof CodeBlockType | null> =>
  (loading ??= load().then(
    (component) => (loaded = component),
    (error: unknown) => {
      console.error('Code highlighting failed to load; code blocks stay as they are.', error);
      return null;
    },
  ));

// A page whose HTML has a code block fetches the chunk as soon as main.js runs, because its hydration waits for it.
if (typeof document !== 'undefined' && document.querySelector('.kb-code-block')) void loadOnce();

/**
 * The theme's CodeBlock, with Prism loaded only on pages that have a code block.
 *
 * The theme sets Prism up (with prism-react-renderer's two dozen bundled languages) in a client module, so in
 * main.js, where evaluating it cost every page about 200 ms of main thread at start-up with the CPU slowed 4×.
 * plugins/chunks.ts swaps that client module for an empty one, and ./Highlighted does the set-up in its own chunk.
 *
 * The server renders the highlighted code block. While the page hydrates (useIsBrowser() is still false in the
 * browser), the block suspends until the chunk has arrived, which holds the page's hydration back until then (there
 * is no Suspense boundary to show a fallback), and then hydrates the server's HTML in place: no DOM is replaced.
 * The earlier design kept the HTML while hydrating and rendered the chunk's block once it arrived; replacing those
 * nodes was the longest task on the pattern page in a Lighthouse trace (about 200 ms unthrottled).
 * After a client-side navigation, before the chunk has arrived, the reader sees the plain code. If the chunk fails to
 * load, blocks keep what they show: the server's HTML, or the plain code.
 */
export default function CodeBlock(props: Props): ReactNode {
  const isBrowser = useIsBrowser();
  const [loadedOnMount, setLoaded] = useState(() => loaded);
  const hydrating = !isBrowser && typeof window !== 'undefined';
  const [hydratedFromServer] = useState(hydrating);
  const Highlighted = loadedOnMount ?? (hydrating ? use(loadOnce()) : null);
  useEffect(() => {
    if (Highlighted) return undefined;
    let mounted = true;
    void loadOnce().then((component) => {
      if (mounted) startTransition(() => setLoaded(() => component));
    });
    return () => {
      mounted = false;
    };
  }, [Highlighted]);

  // The chunk failed while the block hydrated: the server's highlighted HTML stays (React leaves an empty
  // dangerouslySetInnerHTML alone, when hydrating and in later renders).
  if (!Highlighted && hydratedFromServer) return <div className="kb-code-block" dangerouslySetInnerHTML={{__html: ''}} suppressHydrationWarning />;
  if (Highlighted) {
    // data-kb-rendered: React runs this block in the browser (tests wait for it before checking the page).
    return (
      <div className="kb-code-block" data-kb-rendered={isBrowser ? '' : undefined}>
        <Highlighted {...props} />
      </div>
    );
  }
  return (
    <div className="kb-code-block">
      <pre className="theme-code-block">
        <code>{props.children}</code>
      </pre>
    </div>
  );
}
