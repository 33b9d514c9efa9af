// @vitest-environment jsdom
import {act, cleanup, render, screen} from '@testing-library/react';
import {renderToStaticMarkup} from 'react-dom/server';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {setIdleForTests, useIdleMount} from '@site/src/hooks/useIdleMount';

function Probe({name}: {name: string}) {
  return <span data-testid={name}>{useIdleMount() ? 'ready' : 'waiting'}</span>;
}

const pending: (() => void)[] = [];
const runIdle = () => act(() => pending.shift()!());
const states = (...names: string[]) => names.map((n) => screen.getByTestId(n).textContent);

beforeEach(() => {
  pending.length = 0;
  setIdleForTests((callback) => void pending.push(() => callback({timeRemaining: () => 8})));
  document.documentElement.dataset.hasHydrated = 'false';
});
afterEach(() => {
  cleanup();
  setIdleForTests(undefined);
});

describe('useIdleMount (src/hooks/useIdleMount.ts)', () => {
  it('is false on the server', () => {
    expect(renderToStaticMarkup(<Probe name="a" />)).toContain('waiting');
  });

  it('after hydration, turns components true one per idle period, in mount order', () => {
    render(
      <>
        <Probe name="a" />
        <Probe name="b" />
        <Probe name="c" />
      </>,
    );
    expect(states('a', 'b', 'c')).toEqual(['waiting', 'waiting', 'waiting']);
    expect(pending).toHaveLength(1);
    runIdle();
    expect(states('a', 'b', 'c')).toEqual(['ready', 'waiting', 'waiting']);
    runIdle();
    expect(states('a', 'b', 'c')).toEqual(['ready', 'ready', 'waiting']);
    runIdle();
    expect(states('a', 'b', 'c')).toEqual(['ready', 'ready', 'ready']);
    expect(pending).toHaveLength(0);
  });

  it('skips a component unmounted before its turn', () => {
    const {rerender} = render(
      <>
        <Probe name="a" />
        <Probe name="b" />
      </>,
    );
    rerender(<Probe name="b" />);
    runIdle();
    expect(states('b')).toEqual(['ready']);
  });

  it('is true at once for a component mounted after hydration (a client-side navigation)', () => {
    document.documentElement.dataset.hasHydrated = 'true';
    render(<Probe name="a" />);
    expect(states('a')).toEqual(['ready']);
    expect(pending).toHaveLength(0);
  });
});
