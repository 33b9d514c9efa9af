// @vitest-environment jsdom
import {afterEach, describe, expect, it, vi} from 'vitest';
import {deferPrefetch} from '@site/src/client/idle-prefetch';

/** A stand-in for requestIdleCallback: callbacks wait until the test runs them, with the idle time it chooses. */
function fakeIdle() {
  const pending: ((deadline: {timeRemaining: () => number}) => void)[] = [];
  return {
    idle: (cb: (deadline: {timeRemaining: () => number}) => void) => void pending.push(cb),
    pending,
    /** Runs the next idle callback with `slices` calls of timeRemaining() answering 10 ms, then 0. */
    run(slices: number) {
      let left = slices;
      pending.shift()!({timeRemaining: () => (left-- > 0 ? 10 : 0)});
    },
  };
}

function setReadyState(state: DocumentReadyState) {
  Object.defineProperty(document, 'readyState', {configurable: true, get: () => state});
}

afterEach(() => setReadyState('complete'));

describe('deferPrefetch', () => {
  it('waits for the load event, then prefetches in idle time, in order, each route once', () => {
    setReadyState('loading');
    const prefetch = vi.fn<(routePath: string) => false>(() => false);
    const {idle, pending, run} = fakeIdle();
    const deferred = deferPrefetch(prefetch, idle);

    expect(deferred('/docs/a')).toBe(false);
    deferred('/docs/b');
    deferred('/docs/a');
    deferred('/docs/c');
    expect(prefetch).not.toHaveBeenCalled();
    expect(pending).toHaveLength(0); // nothing is even scheduled before load

    setReadyState('complete');
    window.dispatchEvent(new Event('load'));
    expect(pending).toHaveLength(1);
    expect(prefetch).not.toHaveBeenCalled();

    run(1); // room for the first route and one more
    expect(prefetch.mock.calls.map(([p]) => p)).toEqual(['/docs/a', '/docs/b']);
    expect(pending).toHaveLength(1);
    run(0); // an idle period with no time left still makes progress: one route
    expect(prefetch.mock.calls.map(([p]) => p)).toEqual(['/docs/a', '/docs/b', '/docs/c']);
    expect(pending).toHaveLength(0);
  });

  it('after load, schedules at once and starts again when new links appear', () => {
    const prefetch = vi.fn<(routePath: string) => false>(() => false);
    const {idle, pending, run} = fakeIdle();
    const deferred = deferPrefetch(prefetch, idle);
    deferred('/docs/x');
    expect(pending).toHaveLength(1);
    run(5);
    expect(prefetch).toHaveBeenCalledTimes(1);
    deferred('/docs/y');
    deferred('/docs/z');
    expect(pending).toHaveLength(1);
    run(5);
    expect(prefetch.mock.calls.map(([p]) => p)).toEqual(['/docs/x', '/docs/y', '/docs/z']);
  });

  it('stops after 8 ms even when the idle period offers more, and goes on in the next one', () => {
    const clock = vi.spyOn(performance, 'now');
    let now = 0;
    clock.mockImplementation(() => now);
    // Each prefetch takes 3 ms.
    const prefetch = vi.fn<(routePath: string) => false>(() => {
      now += 3;
      return false;
    });
    const {idle, pending, run} = fakeIdle();
    const deferred = deferPrefetch(prefetch, idle);
    for (const p of ['/a', '/b', '/c', '/d', '/e']) deferred(p);
    run(100);
    expect(prefetch).toHaveBeenCalledTimes(3); // 0, 3, 6 ms: the third ends at 9 ms, past the 8 ms slice
    expect(pending).toHaveLength(1);
    run(100);
    expect(prefetch).toHaveBeenCalledTimes(5);
    clock.mockRestore();
  });

  it('a route can be prefetched again once it has left the queue (Docusaurus itself skips repeats)', () => {
    const prefetch = vi.fn<(routePath: string) => false>(() => false);
    const {idle, run} = fakeIdle();
    const deferred = deferPrefetch(prefetch, idle);
    deferred('/docs/x');
    run(5);
    deferred('/docs/x');
    run(5);
    expect(prefetch).toHaveBeenCalledTimes(2);
  });
});
