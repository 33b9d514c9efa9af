/**
 * Tweak `idle-prefetch`: Docusaurus prefetches the chunks of every internal link the moment it scrolls into view;
 * on a doc page that is dozens of routes, all in the tasks right after hydration. The client module
 * src/client/idle-prefetch.ts queues them until the load event and idle time, a few at a time (≤ 8 ms per slice).
 *
 * Measured gain: 2026-11, Chromium trace of the chapter page with 4× CPU slowdown: about 350 ms of main thread moved
 * out of the tasks after hydration.
 * Measured 2026-12-03 (BENCH_EACH=1 npm run bench, Lighthouse mobile, 3-run medians, without → with): no change
 * Lighthouse can see (TBT 12 → 0, 1 → 4 ms); in Chromium at 4× CPU slowdown, 7 loads of the chapter page each, the
 * long-task time over 50 ms in the 3 s after load had a median of 227 ms without it and 101 ms with it.
 * Unnecessary when: Docusaurus schedules viewport prefetching in idle time itself (3.10.2 calls it from an
 * IntersectionObserver at once; no upstream issue found on 2026-12-03).
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

export default function idlePrefetch(): Plugin {
  return {
    name: 'kb-idle-prefetch',
    getClientModules() {
      return [path.resolve(__dirname, '../../src/client/idle-prefetch.ts')];
    },
  };
}
