// @vitest-environment jsdom
import {cleanup, render, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {renderToStaticMarkup} from 'react-dom/server';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import ComparisonTable, {type Column} from '@site/src/components/ComparisonTable';
import {readState, writeState} from '@site/src/components/ComparisonTable/state';

interface Row {
  readonly slug: string;
  readonly name: string;
  readonly a: string;
  readonly b: string;
  readonly year: number;
}

const rows: Row[] = [
  {slug: 'zhong', name: '重试', a: 'x', b: 'y', year: 2015},
  {slug: 'duan', name: '断路器', a: 'same', b: 'same', year: 2014},
  {slug: 'an', name: 'Ambassador', a: 'p', b: 'q', year: 2016},
  {slug: 'empty', name: '分片', a: '', b: 'z', year: 2010},
];

const columns: Column<Row>[] = [
  {key: 'name', header: '名称', value: (r) => r.name, rowHeader: true},
  {key: 'a', header: 'A', value: (r) => r.a},
  {key: 'b', header: 'B', value: (r) => r.b},
];

const withYear: Column<Row>[] = [...columns, {key: 'year', header: '年份', value: (r) => r.year}];

function firstColumn(): string[] {
  return screen
    .queryAllByRole('rowheader')
    .map((th) => th.textContent ?? '');
}

beforeEach(() => {
  window.history.replaceState(null, '', '/docs/t');
});
afterEach(cleanup);

describe('ComparisonTable on the server', () => {
  it('renders every row, the caption and scoped headers into static HTML', () => {
    const html = renderToStaticMarkup(
      <ComparisonTable id="t" caption="表格 9 测试" rows={rows} columns={columns} rowKey={(r) => r.slug} />,
    );
    expect(html).toContain('<caption');
    expect(html).toContain('表格 9 测试');
    for (const r of rows) expect(html).toContain(`<th scope="row"`);
    expect(html.match(/<th scope="row"/g)).toHaveLength(rows.length);
    expect(html.match(/<th scope="col"/g)).toHaveLength(columns.length);
    expect(html).toContain('aria-sort="none"');
  });

  it('server-renders its controls inert and marked as needing JavaScript; sort buttons keep their names for screen readers', () => {
    const html = renderToStaticMarkup(
      <ComparisonTable id="t" caption="c" rows={rows} columns={columns} rowKey={(r) => r.slug} compare />,
    );
    expect(html).toMatch(/<div class="[^"]*\bkb-needs-js\b[^"]*" inert="">/);
    // An inert button's text leaves the accessibility tree: the column header would have no name without JavaScript.
    expect(html).not.toMatch(/<button type="button"[^>]* inert=""/);
    expect(html.match(/<span class="kb-visually-hidden kb-needs-js">，按此列排序<\/span>/g)).toHaveLength(columns.length);
    expect(html).not.toContain('disabled');
  });
});

describe('ComparisonTable in the browser', () => {
  // Chinese collation (ICU zh): Han by pinyin (断 duan < 分 fen < 重 zhong), then Latin letters.
  it('sorts by a column: ascending (pinyin), descending, then source order', async () => {
    const user = userEvent.setup();
    render(<ComparisonTable id="t" caption="c" rows={rows} columns={withYear} rowKey={(r) => r.slug} />);
    const header = screen.getByRole('columnheader', {name: /名称/});
    await user.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(firstColumn()).toEqual(['断路器', '分片', '重试', 'Ambassador']);
    await user.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(firstColumn()).toEqual(['Ambassador', '重试', '分片', '断路器']);
    await user.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('none');
    expect(firstColumn()).toEqual(['重试', '断路器', 'Ambassador', '分片']);
  });

  it('sorts numbers numerically and keeps empty cells last', async () => {
    const user = userEvent.setup();
    render(<ComparisonTable id="t" caption="c" rows={rows} columns={withYear} rowKey={(r) => r.slug} />);
    await user.click(within(screen.getByRole('columnheader', {name: /年份/})).getByRole('button'));
    expect(firstColumn()).toEqual(['分片', '断路器', '重试', 'Ambassador']);
    await user.click(within(screen.getByRole('columnheader', {name: /^A/})).getByRole('button'));
    expect(firstColumn().at(-1)).toBe('分片');
    await user.click(within(screen.getByRole('columnheader', {name: /^A/})).getByRole('button'));
    expect(firstColumn().at(-1)).toBe('分片');
  });

  it('is sortable from the keyboard', async () => {
    const user = userEvent.setup();
    render(<ComparisonTable id="t" caption="c" rows={rows} columns={columns} rowKey={(r) => r.slug} />);
    await user.tab(); // filter box
    await user.tab(); // scroll region
    await user.tab(); // first sort button
    expect(document.activeElement?.textContent).toContain('名称');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('columnheader', {name: /名称/}).getAttribute('aria-sort')).toBe('ascending');
  });

  it('filters rows by text and reports the count', async () => {
    const user = userEvent.setup();
    render(<ComparisonTable id="t" caption="c" rows={rows} columns={columns} rowKey={(r) => r.slug} />);
    await user.type(screen.getByRole('searchbox'), '断路');
    expect(firstColumn()).toEqual(['断路器']);
    expect(screen.getByText('显示 1 / 4 行')).toBeTruthy();
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'AMBASSADOR');
    expect(firstColumn()).toEqual(['Ambassador']);
  });

  it('treats hostile filter text as plain text', async () => {
    const user = userEvent.setup();
    render(<ComparisonTable id="t" caption="c" rows={rows} columns={columns} rowKey={(r) => r.slug} />);
    for (const query of ['<img src=x onerror=alert(1)>', '(.*[', '   ']) {
      await user.clear(screen.getByRole('searchbox'));
      await user.type(screen.getByRole('searchbox'), query.replace(/[[{]/g, (c) => c + c));
    }
    expect(document.querySelector('img')).toBeNull();
    expect(firstColumn()).toHaveLength(4); // only spaces: every row
    await user.type(screen.getByRole('searchbox'), '(.*');
    expect(screen.getByText('没有符合条件的行。')).toBeTruthy();
  });

  it('"只看差异" hides rows whose compared cells are identical; columns can be hidden', async () => {
    const user = userEvent.setup();
    render(<ComparisonTable id="t" caption="c" rows={rows} columns={columns} rowKey={(r) => r.slug} compare />);
    await user.click(screen.getByRole('checkbox', {name: '只看差异'}));
    expect(firstColumn()).toEqual(['重试', 'Ambassador', '分片']);
    await user.click(screen.getByRole('checkbox', {name: 'A'}));
    expect(screen.queryByRole('columnheader', {name: /^A/})).toBeNull();
    // With only B shown, every row has one value: nothing differs, nothing is shown.
    expect(firstColumn()).toEqual([]);
    expect(screen.getByRole('checkbox', {name: 'B'})).toHaveProperty('disabled', true);
  });

  it('keeps shareable state in the URL and restores it', async () => {
    const user = userEvent.setup();
    const {unmount} = render(
      <ComparisonTable id="t" caption="c" rows={rows} columns={columns} rowKey={(r) => r.slug} compare />,
    );
    await user.type(screen.getByRole('searchbox'), 'x');
    await user.click(within(screen.getByRole('columnheader', {name: /名称/})).getByRole('button'));
    await user.click(screen.getByRole('checkbox', {name: '只看差异'}));
    expect(new URLSearchParams(window.location.search).get('t.q')).toBe('x');
    expect(new URLSearchParams(window.location.search).get('t.sort')).toBe('name:asc');
    expect(new URLSearchParams(window.location.search).get('t.diff')).toBe('1');
    unmount();
    window.history.replaceState(null, '', '/docs/t?t.sort=name:desc&t.hide=b&other=1');
    render(<ComparisonTable id="t" caption="c" rows={rows} columns={columns} rowKey={(r) => r.slug} compare />);
    expect(firstColumn()).toEqual(['Ambassador', '重试', '分片', '断路器']);
    expect(screen.queryByRole('columnheader', {name: /^B/})).toBeNull();
    expect(window.location.search).toContain('other=1');
  });
});

describe('URL state helpers', () => {
  it('ignore unknown columns and malformed values', () => {
    expect(readState('?t.sort=nope:asc&t.hide=zzz,a&t.diff=yes', 't', ['a', 'b'])).toEqual({
      query: '',
      diffOnly: false,
      hidden: ['a'],
      facets: {},
    });
    expect(writeState('?x=1', 't', {query: ' ', diffOnly: false, hidden: [], facets: {}})).toBe('?x=1');
  });

  it('read only the known values of facets, and drop a facet set back to every row', () => {
    const facets = [{key: 'level', values: ['graduated', 'sandbox']}];
    expect(readState('?t.level=graduated&t.year=2020', 't', [], facets).facets).toEqual({level: 'graduated'});
    expect(readState('?t.level=<b>', 't', [], facets).facets).toEqual({});
    const state = {query: '', diffOnly: false, hidden: [], facets: {level: ''}};
    expect(writeState('?t.level=sandbox&x=1', 't', state, ['level'])).toBe('?x=1');
    expect(writeState('?x=1', 't', {...state, facets: {level: 'sandbox'}}, ['level'])).toBe('?x=1&t.level=sandbox');
  });
});
