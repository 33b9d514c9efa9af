import {useCallback, useEffect, useRef, useState, type ComponentType, type ReactNode} from 'react';
import {flushSync} from 'react-dom';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {NavbarSearchProps} from '@site/src/components/Search/NavbarSearch';
import {loadSuggestIndex} from '@site/src/components/Search/loadIndex';

type Box = ComponentType<NavbarSearchProps>;

let loading: Promise<Box> | undefined;
/** Once loaded, every later page's navbar (each page renders its own) shows the real box at once. */
let loaded: Box | undefined;
function loadBox(): Promise<Box> {
  // The box's code and its index are fetched side by side: on a slow phone, one round trip instead of two.
  void loadSuggestIndex().catch(() => undefined);
  loading ??= import('@site/src/components/Search/NavbarSearch').then((m) => {
    loaded = m.default as Box;
    return loaded;
  });
  loading.catch(() => (loading = undefined));
  return loading;
}

const LABEL = '搜索';

/**
 * Why a swizzle: the navbar's search box is the site's own combobox (src/components/Search), answering from a small
 * index of titles, headings, terms and projects. Its code and index (about 30 KB gzipped) are loaded when the reader
 * shows intent (pointer over the box, focus, touch, Ctrl/⌘+K), not with every page. Until then a plain input of the
 * same look stands in; the swap reads what was typed into it and replaces it in one task, so no keystroke is lost.
 */
export default function LazySearchBar(): ReactNode {
  const [Loaded, setLoaded] = useState<({Box: Box} & NavbarSearchProps) | null>(() =>
    loaded ? {Box: loaded, initialQuery: '', autoFocus: false, enterPressed: false} : null,
  );
  const entered = useRef(false);
  const placeholder = useRef<HTMLInputElement>(null);
  const searchPage = useBaseUrl('/search');

  const load = useCallback((focus: boolean) => {
    void loadBox().then(
      (component) => {
        // Several intents can ask at once: the first one swaps.
        const box = placeholder.current;
        if (!box) return;
        flushSync(() =>
          setLoaded({Box: component, initialQuery: box.value, autoFocus: focus || document.activeElement === box, enterPressed: entered.current}),
        );
      },
      () => undefined, // Offline or a failed chunk: the stand-in stays, and Enter still opens /search?q=….
    );
  }, []);

  useEffect(() => {
    if (Loaded) return undefined;
    // The reader was already in the box before hydration.
    const box = placeholder.current;
    if (box && (box.value || document.activeElement === box)) load(false);
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        load(true);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [Loaded, load]);

  if (Loaded) return <Loaded.Box initialQuery={Loaded.initialQuery} autoFocus={Loaded.autoFocus} enterPressed={Loaded.enterPressed} />;
  // Without JavaScript, Enter in the box opens /search?q=…, which says how to find pages without it.
  return (
    <div className="navbar__search">
      <form
        action={searchPage}
        method="get"
        role="search"
        aria-label={LABEL}
        onSubmit={(e) => {
          // With JavaScript, Enter before the box is there is kept: the box opens the best match once loaded.
          e.preventDefault();
          entered.current = true;
          load(true);
        }}>
        <input
          ref={placeholder}
          data-kb-placeholder=""
          className="navbar__search-input"
          name="q"
          type="search"
          placeholder={LABEL}
          aria-label={LABEL}
          autoComplete="off"
          onPointerEnter={() => load(false)}
          onFocus={() => load(true)}
          onTouchStart={() => load(true)}
        />
      </form>
    </div>
  );
}
