import {useEffect, useState, type Dispatch, type SetStateAction} from 'react';

/**
 * State that a reader may share through the page URL. The server (and the first client render) use
 * `initial`; after hydration the state is read from the query string and written back to it with
 * history.replaceState on every change. `read` and `write` must be stable (module functions or useCallback).
 * Returns the state, its setter, and whether the page has hydrated (controls stay disabled until then).
 * When the URL holds nothing new (the usual case), the state object stays the same one, so that components can
 * memoise on it: re-rendering a whole card list or table right after hydration, to the same output, was the
 * longest task of the explorer's start-up.
 */
export function useUrlState<S>(
  initial: S,
  read: (search: string) => S,
  write: (search: string, state: S) => string,
): [S, Dispatch<SetStateAction<S>>, boolean] {
  const [state, setState] = useState(initial);
  const [hydrated, setHydrated] = useState(false);

  useEffect(() => {
    const fromUrl = read(window.location.search);
    setState((current) => (JSON.stringify(fromUrl) === JSON.stringify(current) ? current : fromUrl));
    setHydrated(true);
  }, [read]);

  useEffect(() => {
    if (!hydrated) return;
    const search = write(window.location.search, state);
    if (search !== window.location.search) {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
    }
  }, [hydrated, state, write]);

  return [state, setState, hydrated];
}
