/**
 * Docusaurus prefetches the chunks of every internal link the moment it scrolls into view. On a doc page that is
 * the navbar, the open sidebar category, the pager and the links in the text: dozens of routes, whose chunk look-ups
 * and <link rel="prefetch"> insertions all ran in the tasks right after hydration, when the page should answer the
 * reader (on the chapter page about 350 ms of main thread with the CPU slowed 4×). This client module
 * keeps Docusaurus's prefetching but queues it: nothing before the load event, then a few routes per idle period,
 * never more than 8 ms at a time. Preloading on hover or touch (window.docusaurus.preload) is left as it is.
 */
import {idleCallback, type Idle} from './idle';

type Prefetch = Window['docusaurus']['prefetch'];

/**
 * Longest run of prefetches in one go, in ms. An idle period may offer up to 50 ms, but a phone 4× slower than
 * this machine would turn that into a long task; one route's prefetch takes about 1–2 ms here.
 */
const SLICE_MS = 8;

const whenIdle: Idle = idleCallback(SLICE_MS);

const whenLoaded = (callback: () => void): void => {
  if (document.readyState === 'complete') callback();
  else window.addEventListener('load', callback, {once: true});
};

/** A prefetch that queues routes and hands them to `prefetch` after the load event, in idle time, in order. */
export function deferPrefetch(prefetch: Prefetch, idle: Idle = whenIdle): Prefetch {
  // A few dozen routes at most. A non-empty queue always has a drain scheduled (only drain empties it).
  const queue: string[] = [];
  const drain: Parameters<Idle>[0] = (deadline) => {
    const start = performance.now();
    do {
      prefetch(queue.shift()!);
    } while (queue.length > 0 && deadline.timeRemaining() > 0 && performance.now() - start < SLICE_MS);
    if (queue.length > 0) idle(drain);
  };
  return (routePath) => {
    if (!queue.includes(routePath)) {
      queue.push(routePath);
      if (queue.length === 1) whenLoaded(() => idle(drain));
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
