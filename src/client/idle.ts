/** An idle period's deadline: how many ms are left in it. */
export type IdleDeadlineLike = Pick<IdleDeadline, 'timeRemaining'>;
export type Idle = (callback: (deadline: IdleDeadlineLike) => void) => void;

/** requestIdleCallback (at the latest after 2 s); Safari has none: a short timer that offers `fallbackMs`. */
export function idleCallback(fallbackMs: number): Idle {
  return (callback) => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(callback, {timeout: 2000});
    else setTimeout(() => callback({timeRemaining: () => fallbackMs}), 50);
  };
}
