import {useEffect, useState} from 'react';
import {idleCallback, type Idle} from '@site/src/client/idle';

/** Components waiting to show their browser-only part, in mount order; each gets an idle period of its own. */
const waiting: (() => void)[] = [];
let idle: Idle | undefined;

function next(): void {
  waiting.shift()?.();
  if (waiting.length > 0) idle!(next);
}

/** For tests: the idle callback to use instead of requestIdleCallback. */
export function setIdleForTests(fake: Idle | undefined): void {
  idle = fake;
}

/**
 * Whether a component may render what exists only in the browser (the copy-link and code-block buttons).
 *
 * False on the server and while React hydrates the page. After hydration the components that asked become true one
 * at a time, each in its own idle period: created all at once, in the commit that ends hydration, a pattern page's
 * twelve button groups made that commit one long task (about 20 ms of DOM insertion unthrottled in a Lighthouse
 * trace, 4× that on a phone). Mounted after hydration (a client-side navigation), a component is true at once.
 */
export function useIdleMount(): boolean {
  const [ready, setReady] = useState(() => typeof document !== 'undefined' && document.documentElement.dataset.hasHydrated === 'true');
  useEffect(() => {
    if (ready) return undefined;
    const show = () => setReady(true);
    waiting.push(show);
    if (waiting.length === 1) (idle ??= idleCallback(8))(next);
    return () => {
      const i = waiting.indexOf(show);
      if (i >= 0) waiting.splice(i, 1);
    };
    // Only on mount: `ready` goes from false to true once.
  }, []);
  return ready;
}
