// @vitest-environment jsdom
import {cleanup, render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {renderToStaticMarkup} from 'react-dom/server';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import PatternExplorer from '@site/src/components/PatternExplorer';
import {patterns} from '@site/src/data/patterns';
import {problemCategories} from '@site/src/data/problem-categories';


const explorer = <PatternExplorer patterns={patterns} categories={problemCategories} />;
const cards = () => document.querySelectorAll('li[data-slug]');

beforeEach(() => window.history.replaceState(null, '', '/docs/patterns'));
afterEach(cleanup);

describe('PatternExplorer', () => {
  it('server-renders a card with a link for every pattern', () => {
    const html = renderToStaticMarkup(explorer);
    expect(html.match(/data-slug=/g)).toHaveLength(patterns.length);
    expect(html).toContain('href="/docs/patterns/circuit-breaker"');
  });

  it('server-renders its form inert and marked as needing JavaScript, with no control disabled', () => {
    const html = renderToStaticMarkup(explorer);
    expect(html).toMatch(/<form class="[^"]*\bkb-needs-js\b[^"]*"[^>]* inert=""/);
    expect(html).not.toContain('disabled');
  });

  it('filters by pillar and source and writes the filters to the URL', async () => {
    const user = userEvent.setup();
    render(explorer);
    await user.selectOptions(screen.getByRole('combobox', {name: '来源'}), 'container-paper');
    expect(cards()).toHaveLength(7);
    expect(screen.getByText(`显示 7 / ${patterns.length} 个模式`)).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', {name: '架构支柱'}), 'security');
    expect([...cards()].map((c) => c.getAttribute('data-slug')).sort()).toEqual(['ambassador', 'sidecar']);
    expect(window.location.search).toBe('?source=container-paper&pillar=security');
    await user.click(screen.getByRole('button', {name: '清除筛选'}));
    expect(cards()).toHaveLength(patterns.length);
  });

  it('restores filters from the URL and survives hostile text', async () => {
    window.history.replaceState(null, '', '/docs/patterns?status=new&q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    render(explorer);
    expect((screen.getByRole('combobox', {name: '现状'}) as HTMLSelectElement).value).toBe('new');
    expect(cards()).toHaveLength(0);
    expect(document.querySelector('img')).toBeNull();
    const user = userEvent.setup();
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'Saga');
    expect([...cards()].map((c) => c.getAttribute('data-slug'))).toEqual(['saga']);
  });
});
