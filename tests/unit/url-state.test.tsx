// @vitest-environment jsdom
import {cleanup, render, renderHook, screen} from '@testing-library/react';
import {createElement, type ComponentProps} from 'react';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import ComparisonTable, {type Column} from '@site/src/components/ComparisonTable';
import PatternExplorer from '@site/src/components/PatternExplorer';
import {readFilters, writeFilters, NO_FILTERS} from '@site/src/components/PatternExplorer/filter';
import {patterns} from '@site/src/data/patterns';
import {problemCategories} from '@site/src/data/problem-categories';
import {useUrlState} from '@site/src/hooks/useUrlState';

// The usual Link stub (tests/unit/stubs/Link.tsx), counting how often a card's link renders.
const linkRenders = vi.hoisted(() => ({count: 0}));
vi.mock('@docusaurus/Link', async () => {
  const {default: Link} = await vi.importActual<typeof import('./stubs/Link')>('@docusaurus/Link');
  return {
    default: (props: ComponentProps<typeof Link>) => {
      linkRenders.count += 1;
      return createElement(Link, props);
    },
  };
});

beforeEach(() => {
  window.history.replaceState(null, '', '/docs/patterns');
  linkRenders.count = 0;
});
afterEach(cleanup);

describe('useUrlState after hydration (src/hooks/useUrlState.ts)', () => {
  it('keeps the very same state object when the URL holds nothing new', () => {
    const {result} = renderHook(() => useUrlState(NO_FILTERS, readFilters, writeFilters));
    expect(result.current[2]).toBe(true);
    expect(result.current[0]).toBe(NO_FILTERS);
  });

  it('takes the state from the URL when it differs', () => {
    window.history.replaceState(null, '', '/docs/patterns?pillar=security');
    const {result} = renderHook(() => useUrlState(NO_FILTERS, readFilters, writeFilters));
    expect(result.current[0]).not.toBe(NO_FILTERS);
    expect(result.current[0].pillar).toBe('security');
  });
});

describe('hydration does not re-render what it does not change', () => {
  it('the pattern explorer renders each card once, then enables its form', () => {
    render(<PatternExplorer patterns={patterns} categories={problemCategories} />);
    expect(screen.getByRole('search').hasAttribute('inert')).toBe(false);
    expect(linkRenders.count).toBe(patterns.length);
  });

  it('the pattern explorer re-renders the cards when the URL filters them', () => {
    window.history.replaceState(null, '', '/docs/patterns?source=container-paper');
    render(<PatternExplorer patterns={patterns} categories={problemCategories} />);
    expect(document.querySelectorAll('li[data-slug]')).toHaveLength(7);
    expect(linkRenders.count).toBe(patterns.length + 7);
  });

  it('a comparison table renders each cell once, then enables its controls', () => {
    const rows = [
      {k: 'a', v: '甲'},
      {k: 'b', v: '乙'},
      {k: 'c', v: '丙'},
    ];
    const render$ = vi.fn((row: {v: string}) => row.v);
    const columns: Column<(typeof rows)[number]>[] = [
      {key: 'k', header: '键', value: (r) => r.k, rowHeader: true},
      {key: 'v', header: '值', value: (r) => r.v, render: render$},
    ];
    render(<ComparisonTable id="t" caption="表" rows={rows} columns={columns} rowKey={(r) => r.k} compare />);
    expect(screen.getByRole('searchbox').closest('[inert]')).toBeNull();
    expect(screen.getByText('乙')).toBeTruthy();
    expect(render$).toHaveBeenCalledTimes(rows.length);
  });
});
