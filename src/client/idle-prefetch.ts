/**
 * Docusaurus prefetches the chunks of every internal link the moment it scrolls into view. On a doc page that is
 * the navbar, the open sidebar category, the pager and the links in the text: dozens of routes, whose chunk look-ups
 * and <link rel="prefetch"> insertions all ran in the tasks right after hydration, when the page should answer the
 * reader (about 90 ms of main thread at 4× CPU on a chapter page). This client module keeps Docusaurus's prefetching
 * but queues it: nothing before the load event, then a few routes per idle period. Preloading on hover or touch
 * (window.docusaurus.preload) is left as it is.
 */
type Prefetch = Window['docusaurus']['prefetch'];

/** Slack kept in each idle period, in ms: one route's prefetch takes about 1–2 ms here. */
const MIN_IDLE_MS = 4;

type Idle = (callback: (deadline: Pick<IdleDeadline, 'timeRemaining'>) => void) => void;

const whenIdle: Idle = (callback) =>
  typeof window.requestIdleCallback === 'function'
    ? window.requestIdleCallback(callback, {timeout: 2000})
    : // Safari has no requestIdleCallback: a short timer, one route per turn.
      setTimeout(() => callback({timeRemaining: () => MIN_IDLE_MS + 1}), 50);

const whenLoaded = (callback: () => void): void => {
  if (document.readyState === 'complete') callback();
  else window.addEventListener('load', callback, {once: true});
};

/** A prefetch that queues routes and hands them to `prefetch` after the load event, in idle time, in order. */
export function deferPrefetch(prefetch: Prefetch, idle: Idle = whenIdle): Prefetch {
  const queue: string[] = [];
  const queued = new Set<string>();
  let draining = false;
  const drain: Parameters<Idle>[0] = (deadline) => {
    do {
      const routePath = queue.shift()!;
      queued.delete(routePath);
      prefetch(routePath);
    } while (queue.length > 0 && deadline.timeRemaining() > MIN_IDLE_MS);
    if (queue.length > 0) idle(drain);
    else draining = false;
  };
  return (routePath) => {
    if (!queued.has(routePath)) {
      queued.add(routePath);
      queue.push(routePath);
    }
    if (!draining) {
      draining = true;
      whenLoaded(() => idle(drain));
    }
    // Docusaurus's own return value: false when it will not prefetch. The Link component ignores it.
    return false;
  };
}

let installed = false;

/** Runs in the first commit, before any IntersectionObserver of a Link can call prefetch. */
export function onRouteDidUpdate(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  window.docusaurus = {...window.docusaurus, prefetch: deferPrefetch(window.docusaurus.prefetch)};
}
