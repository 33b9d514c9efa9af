// @vitest-environment jsdom
import {cleanup, fireEvent, render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {renderToStaticMarkup} from 'react-dom/server';
import {afterEach, describe, expect, it} from 'vitest';
import CncfMaturityDiagram from '@site/src/components/CncfMaturityDiagram';
import {adoptionSegments, maturityLevels} from '@site/src/data/cncf-maturity';

afterEach(cleanup);

const diagram = <CncfMaturityDiagram segments={adoptionSegments} levels={maturityLevels} caption="图 1 测试" />;

describe('CncfMaturityDiagram', () => {
  it('is an SVG image with title and description in the static HTML', () => {
    const html = renderToStaticMarkup(diagram);
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).toContain('<title');
    expect(html).toContain('<desc');
    for (const s of adoptionSegments) expect(html).toContain(`${s.percent}%`);
    expect(html).toContain('鸿沟 Chasm');
  });

  it('draws one group per level over the first three segments, with Chinese and English labels', () => {
    const {container} = render(diagram);
    const groups = container.querySelectorAll('svg g[data-level]');
    expect([...groups].map((g) => g.getAttribute('data-level'))).toEqual(['sandbox', 'incubating', 'graduated']);
    expect(groups[0]!.textContent).toBe('沙箱Sandbox');
    const svg = screen.getByRole('img');
    expect(svg.getAttribute('aria-labelledby')?.split(' ')).toHaveLength(2);
  });

  it('shows a level’s criteria on focus, hover and tap', async () => {
    const user = userEvent.setup();
    const {container} = render(diagram);
    const panel = () => container.querySelector('[aria-live="polite"]')!.textContent;
    const [sandbox, incubating, graduated] = screen.getAllByRole('button');
    expect(sandbox!.getAttribute('aria-controls')).toBe(container.querySelector('[aria-live]')!.id);
    expect(panel()).not.toContain('不要求已有生产用户');
    await user.tab();
    expect(document.activeElement).toBe(sandbox);
    expect(panel()).toContain('不要求已有生产用户');
    expect(sandbox!.getAttribute('aria-expanded')).toBe('true');
    fireEvent.mouseEnter(incubating!);
    expect(panel()).toContain('至少三个独立采用者已按孵化所需程度使用');
    expect(sandbox!.getAttribute('aria-expanded')).toBe('false');
    await user.click(graduated!);
    expect(panel()).toContain('毕业（Graduated） · 对应早期大众');
  });
});
