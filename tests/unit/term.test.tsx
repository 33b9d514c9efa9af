// @vitest-environment jsdom
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import TermComponent from '@site/src/components/Term';
import {glossaryEntries, glossaryHref} from '@site/src/data/glossary-entries';
import type {ReactNode} from 'react';

/** <Term> as plugins/remark-glossary-terms.ts leaves it in a page: names and definition filled in from the glossary. */
function Term({id, children}: {id: string; children?: ReactNode}) {
  const entry = glossaryEntries().find((e) => e.id === id)!;
  return (
    <TermComponent id={id} chinese={entry.chinese} english={entry.english} definition={entry.definition} href={glossaryHref(id, entry.pattern)}>
      {children}
    </TermComponent>
  );
}

afterEach(cleanup);

describe('<Term>', () => {
  it('links to the glossary entry and is described by the definition', () => {
    render(
      <p>
        调用失败时使用<Term id="circuit-breaker">熔断</Term>。
      </p>,
    );
    const link = screen.getByRole('link', {name: '熔断'});
    expect(link.getAttribute('href')).toBe('/docs/glossary/patterns#circuit-breaker');
    const tip = document.getElementById(link.getAttribute('aria-describedby')!)!;
    expect(tip.getAttribute('role')).toBe('tooltip');
    expect(tip.textContent).toBe('断路器（Circuit Breaker）：连接到远程服务或资源时处理故障，此类故障所需修复时间不定。');
  });

  it('shows the Chinese name when it has no children, and the glossary definition of a non-pattern term', () => {
    render(<Term id="etcd" />);
    const link = screen.getByRole('link', {name: 'etcd'});
    const tip = document.getElementById(link.getAttribute('aria-describedby')!)!;
    expect(tip.textContent).toContain(glossaryEntries().find((t) => t.id === 'etcd')!.definition);
    expect(tip.textContent).not.toContain('（etcd）');
  });

  it('on a touch screen, the first tap opens the definition instead of following the link; Escape closes it', () => {
    const matchMedia = vi.fn().mockReturnValue({matches: true});
    vi.stubGlobal('matchMedia', matchMedia);
    const {container} = render(<Term id="pod" />);
    const wrapper = container.firstElementChild as HTMLElement;
    const link = screen.getByRole('link', {name: 'Pod'});
    // fireEvent returns false when a handler called preventDefault(): the link was not followed.
    expect(fireEvent.click(link)).toBe(false);
    expect(matchMedia).toHaveBeenCalledWith('(hover: none)');
    expect(wrapper.dataset.open).toBe('true');
    fireEvent.keyDown(document, {key: 'Escape'});
    expect(wrapper.dataset.open).toBeUndefined();
    expect(wrapper.dataset.dismissed).toBe('true');
    // Once open, a second tap follows the link.
    fireEvent.click(link);
    expect(fireEvent.click(link)).toBe(true);
    vi.unstubAllGlobals();
  });
});
