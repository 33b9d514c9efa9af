import {useCallback, useEffect, useLayoutEffect, useRef, useState, type ComponentType, type ReactNode} from 'react';
import {flushSync} from 'react-dom';
import {useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';

type SearchBarComponent = ComponentType<Record<string, never>>;

let loading: Promise<SearchBarComponent> | undefined;
function loadSearchBar(): Promise<SearchBarComponent> {
  loading ??= import('@theme-original/SearchBar').then((m) => m.default as SearchBarComponent);
  return loading;
}

const INPUT = '.navbar .navbar__search-input';
const LABEL = '搜索';

/** Sets the DOM value past React's tracker on the element (React does not see it until an input event). */
function setValue(input: HTMLInputElement, value: string): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
}

/** Sets an input's value the way typing does, so React's onChange sees it. */
function type(input: HTMLInputElement, value: string): void {
  setValue(input, value);
  input.dispatchEvent(new Event('input', {bubbles: true}));
}

/**
 * After the real search box replaces the placeholder, give it the focus and whatever was typed meanwhile.
 *
 * On mount the plugin's box schedules a task that resets its value to the URL's highlighted terms (none,
 * usually). Keystrokes can land before that task, in the placeholder or already in the real box, and the reset
 * would wipe them. So the text typed so far is put into the real box at once (keystrokes go on from it), every
 * input event records it, and a task queued after the plugin's (its effects run first: it is the earlier
 * sibling) types it in again. It types "" first: React ignores an input event whose value it already knows, and
 * the reset may not have rendered yet.
 */
function Handover({focus, value}: {focus: boolean; value: string}): null {
  const typed = useRef(value);
  const stopRecording = useRef(() => {});
  useLayoutEffect(() => {
    const input = document.querySelector<HTMLInputElement>(INPUT);
    if (!input) return undefined;
    // The plugin hard-codes aria-label="Search" (its placeholder is translated); keep the placeholder's Chinese label.
    input.setAttribute('aria-label', LABEL);
    if (typed.current && !input.value) setValue(input, typed.current);
    if (focus) {
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
    }
    const record = () => {
      typed.current = input.value;
    };
    input.addEventListener('input', record);
    stopRecording.current = () => input.removeEventListener('input', record);
    return () => stopRecording.current();
  }, [focus]);
  useEffect(() => {
    const timer = window.setTimeout(() => {
      stopRecording.current();
      const input = document.querySelector<HTMLInputElement>(INPUT);
      const text = typed.current;
      if (!input || !text) return;
      type(input, '');
      type(input, text);
    });
    return () => window.clearTimeout(timer);
  }, []);
  return null;
}

/**
 * The search plugin's navbar box (autocomplete, lunr, mark.js: about 23 KB gzipped) is loaded when the reader
 * shows intent — pointer over the box, focus, Ctrl/⌘+K — or when the page was opened from a search result (to
 * highlight the terms), not with every page. Until then a plain input of the same look stands in; what is typed
 * into it is handed over.
 */
export default function LazySearchBar(): ReactNode {
  const [SearchBar, setSearchBar] = useState<SearchBarComponent | null>(null);
  const placeholder = useRef<HTMLInputElement>(null);
  const [handover, setHandover] = useState({focus: false, value: ''});
  const {search} = useLocation();
  const searchPage = useBaseUrl('/search');

  const load = useCallback((focus: boolean) => {
    void loadSearchBar().then((component) => {
      // Several intents can ask at once (focus before hydration, then the focus event): the first one swaps.
      // A later one would hand over an empty value and cancel the first hand-over.
      const box = placeholder.current;
      if (!box) return;
      // Read the placeholder and swap it out in one task, so no keystroke falls in between.
      flushSync(() => {
        setHandover({focus: focus || document.activeElement === box, value: box.value});
        setSearchBar(() => component);
      });
    });
  }, []);

  useEffect(() => {
    if (SearchBar) return undefined;
    // Opened from a search result (terms to highlight), or the reader was already in the box before hydration.
    const box = placeholder.current;
    if (search.includes('_highlight') || (box && (box.value || document.activeElement === box))) load(false);
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        load(true);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [SearchBar, search, load]);

  if (SearchBar) {
    return (
      <>
        <SearchBar />
        <Handover {...handover} />
      </>
    );
  }
  // Without JavaScript, Enter in the box opens /search?q=…, which says how to find pages without it.
  return (
    <div className="navbar__search">
      <form action={searchPage} method="get" role="search" aria-label={LABEL} onSubmit={(e) => e.preventDefault()}>
        <input
          ref={placeholder}
          data-kb-placeholder=""
          className="navbar__search-input"
          name="q"
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
