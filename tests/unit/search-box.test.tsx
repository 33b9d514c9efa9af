// @vitest-environment jsdom
import {act, cleanup, render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {afterEach, describe, expect, it, vi} from 'vitest';
import SearchBox from '@site/src/components/Search';
import type {SuggestIndex} from '@site/src/components/Search/suggest';

afterEach(cleanup);

const INDEX: SuggestIndex = {
  entries: [
    {title: '断路器（Circuit Breaker）', url: '/docs/patterns/circuit-breaker', kind: 'page', names: ['断路器（circuit breaker）', '断路器', 'circuit breaker', '熔断'], keywords: [], pinyin: ['duanluqi', 'dlq']},
    {title: '重试（Retry）', url: '/docs/patterns/retry', kind: 'page', names: ['重试（retry）', '重试', 'retry'], keywords: ['熔断'], pinyin: ['chongshi', 'cs']},
  ],
  synonyms: {},
};

function setup(load: () => Promise<SuggestIndex> = () => Promise.resolve(INDEX)) {
  const navigate = vi.fn();
  render(<SearchBox load={load} navigate={navigate} searchPage="/search" />);
  return {navigate, box: screen.getByRole('combobox', {name: '搜索'}), user: userEvent.setup()};
}

describe('SearchBox', () => {
  it('suggests from the index, best first, as a listbox of options', async () => {
    const {box, user} = setup();
    await user.type(box, '熔断');
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['断路器（Circuit Breaker）', '重试（Retry）']);
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(box.getAttribute('aria-controls')).toBe(screen.getByRole('listbox').id);
  });

  it('moves with the arrow keys, opens the chosen one with Enter, and closes with Escape', async () => {
    const {box, user, navigate} = setup();
    await user.type(box, '熔断');
    await screen.findAllByRole('option');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const second = screen.getAllByRole('option')[1]!;
    expect(box.getAttribute('aria-activedescendant')).toBe(second.id);
    expect(second.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowDown}');
    expect(box.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[0]!.id);
    await user.keyboard('{Escape}');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(box.getAttribute('aria-expanded')).toBe('false');
    await user.keyboard('{Enter}');
    expect(navigate).toHaveBeenCalledWith('/docs/patterns/circuit-breaker', '熔断');
  });

  it('keeps what is typed while the index loads, and answers it when it arrives', async () => {
    let resolve!: (index: SuggestIndex) => void;
    const load = vi.fn(() => new Promise<SuggestIndex>((r) => (resolve = r)));
    const {box, user} = setup(load);
    await user.type(box, 'duanluqi');
    expect((box as HTMLInputElement).value).toBe('duanluqi');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    await act(async () => resolve(INDEX));
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual(['断路器（Circuit Breaker）']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('sends a query nothing matches to the full-text page, and says so', async () => {
    const {box, user, navigate} = setup();
    await user.type(box, '<b>无此词</b>');
    expect(await screen.findByRole('status')).toHaveProperty('textContent', '没有匹配的页面，按 Enter 全文搜索');
    await user.keyboard('{Enter}');
    expect(navigate).toHaveBeenCalledWith(`/search?q=${encodeURIComponent('<b>无此词</b>')}`, '');
  });
});
