import {memo, useCallback, useEffect, useId, useMemo, useRef, type ReactNode, type RefObject} from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import CopyLink from '@site/src/components/CopyLink';
import {useUrlState} from '@site/src/hooks/useUrlState';
import {
  INITIAL_STATE,
  isUniform,
  nextSort,
  readState,
  rowMatches,
  sortIndices,
  writeState,
  type CellValue,
  type TableState,
} from './state';
import styles from './styles.module.css';

export interface Column<T> {
  /** ASCII key, used in the URL (`?table.sort=key:asc`). */
  readonly key: string;
  readonly header: string;
  /** The cell's value for sorting, filtering and comparing. */
  readonly value: (row: T) => CellValue;
  /** How the cell is shown; defaults to the value. */
  readonly render?: (row: T) => ReactNode;
  /** The cell names its row (`<th scope="row">`, sticky first column). */
  readonly rowHeader?: boolean;
  readonly sortable?: boolean;
  /** Sort key when it differs from the value (e.g. a level's rank rather than its name). */
  readonly sortValue?: (row: T) => CellValue;
}

/** A drop-down that keeps the rows whose value equals the chosen option (`?table.<key>=<value>`). */
export interface Facet<T> {
  /** ASCII key, used in the URL. */
  readonly key: string;
  readonly label: string;
  readonly options: ReadonlyArray<{readonly value: string; readonly label: string}>;
  readonly value: (row: T) => string;
}

export interface ComparisonTableProps<T> {
  /** ASCII id of the table: HTML id and URL parameter prefix. */
  readonly id: string;
  /** Caption as in the seed, e.g. 表格 6 容器编排 K8s/Mesos/Swarm 比较 */
  readonly caption: string;
  readonly rows: readonly T[];
  readonly columns: readonly Column<T>[];
  readonly rowKey: (row: T) => string;
  /** Shows the text filter (default true). */
  readonly filterable?: boolean;
  /** Side-by-side comparison: a "只看差异" toggle and show/hide for the compared (non-header) columns. */
  readonly compare?: boolean;
  /** Text shown under the table. */
  readonly note?: ReactNode;
  /** Drop-down filters next to the text filter. */
  readonly facets?: readonly Facet<T>[];
  /**
   * The row's HTML id, so that a link can point at one row (`#kyverno`). A link to a row that the URL's filters
   * hide clears the filters, so the row is there to land on.
   */
  readonly rowId?: (row: T) => string;
  /** What a row is, in the count line (“共 255 个项目”); default 行. */
  readonly unit?: string;
}

const NO_FACETS: readonly never[] = [];

/**
 * A data table rendered on the server (complete in the static HTML) and made sortable, filterable and,
 * for comparisons, reducible to its differences after hydration. State that a reader may share lives
 * in the URL query string.
 */
export default function ComparisonTable<T>({
  id,
  caption,
  rows,
  columns,
  rowKey,
  filterable = true,
  compare = false,
  note,
  facets = NO_FACETS,
  rowId,
  unit = '行',
}: ComparisonTableProps<T>): ReactNode {
  const uid = useId();
  const columnKeys = useMemo(() => columns.map((c) => c.key), [columns]);
  const facetKeys = useMemo(() => facets.map((f) => ({key: f.key, values: f.options.map((o) => o.value)})), [facets]);
  const read = useCallback((search: string) => readState(search, id, columnKeys, facetKeys), [id, columnKeys, facetKeys]);
  const write = useCallback(
    (search: string, s: TableState) => writeState(search, id, s, facetKeys.map((f) => f.key)),
    [id, facetKeys],
  );
  const [state, setState, hydrated] = useUrlState<TableState>(INITIAL_STATE, read, write);

  const compared = useMemo(() => columns.filter((c) => !c.rowHeader), [columns]);
  const visibleColumns = useMemo(() => columns.filter((c) => !state.hidden.includes(c.key)), [columns, state.hidden]);

  const order = useMemo(() => {
    const sortColumn = state.sort && columns.find((c) => c.key === state.sort!.column);
    let indices = sortColumn
      ? sortIndices(rows.map(sortColumn.sortValue ?? sortColumn.value), state.sort!.direction)
      : rows.map((_, i) => i);
    indices = indices.filter((i) => rowMatches(columns.map((c) => c.value(rows[i]!)), state.query));
    for (const facet of facets) {
      const chosen = state.facets[facet.key];
      if (chosen) indices = indices.filter((i) => facet.value(rows[i]!) === chosen);
    }
    if (compare && state.diffOnly) {
      const shown = compared.filter((c) => !state.hidden.includes(c.key));
      indices = indices.filter((i) => !isUniform(shown.map((c) => c.value(rows[i]!))));
    }
    return indices;
  }, [rows, columns, compared, compare, facets, state]);

  const update = (patch: Partial<TableState>) => setState((s) => ({...s, ...patch}));

  // Row anchors: known to the build's broken-anchor check, and never hidden by filters when a link points at one.
  const brokenLinks = useBrokenLinks();
  if (rowId) for (const row of rows) brokenLinks.collectAnchor(rowId(row));
  const clearFilters = useCallback(() => setState((s) => ({...s, query: '', facets: {}})), [setState]);
  useRowTarget(hydrated, rows, order, rowId, clearFilters);
  const statusId = `${uid}-status`;
  const scrollerRef = useRef<HTMLDivElement>(null);
  useFitsMarker(scrollerRef);
  // Phones stack the rows into cards when the table has three columns or more (styles.module.css).
  const stacked = visibleColumns.length >= 3;

  return (
    <div className={`${styles.wrapper}${stacked ? ` ${styles.stacked}` : ''}`} id={id}>
      {(filterable || compare || facets.length > 0) && (
        // inert until hydration (see src/css/custom.css, .kb-needs-js)
        <div className={`${styles.controls} kb-needs-js`} inert={!hydrated}>
          {filterable && (
            <label className={styles.filter}>
              <span>筛选</span>
              <input
                type="search"
                className="kb-input"
                value={state.query}
                placeholder="输入关键词"
                maxLength={200}
                aria-describedby={statusId}
                onChange={(e) => update({query: e.target.value})}
              />
            </label>
          )}
          {facets.map((facet) => (
            <label key={facet.key} className={styles.filter}>
              <span>{facet.label}</span>
              <select
                className="kb-input"
                value={state.facets[facet.key] ?? ''}
                aria-describedby={statusId}
                onChange={(e) => update({facets: {...state.facets, [facet.key]: e.target.value}})}>
                <option value="">全部</option>
                {facet.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
          ))}
          {compare && (
            <>
              <label className={styles.toggle}>
                <input
                  type="checkbox"
                  checked={state.diffOnly}
                  onChange={(e) => update({diffOnly: e.target.checked})}
                />
                只看差异
              </label>
              <fieldset className={styles.columns}>
                <legend>显示列</legend>
                {compared.map((c) => (
                  <label key={c.key} className={styles.toggle}>
                    <input
                      type="checkbox"
                      checked={!state.hidden.includes(c.key)}
                      disabled={compared.length - state.hidden.length <= 1 && !state.hidden.includes(c.key)}
                      onChange={(e) =>
                        update({
                          hidden: e.target.checked ? state.hidden.filter((k) => k !== c.key) : [...state.hidden, c.key],
                        })
                      }
                    />
                    {c.header}
                  </label>
                ))}
              </fieldset>
            </>
          )}
        </div>
      )}
      <div className={styles.statusRow}>
        <p id={statusId} className={styles.status} aria-live="polite">
          {order.length === rows.length ? `共 ${rows.length} ${unit}` : `显示 ${order.length} / ${rows.length} ${unit}`}
        </p>
        {/* The table's link, with its sorting and filters (they live in the query string). */}
        <CopyLink anchor={id} title={caption} withQuery />
      </div>
      <div ref={scrollerRef} className={styles.scroller} tabIndex={0} role="region" aria-label={caption}>
        <table className={styles.table} data-kb-table="">
          <caption className={styles.caption}>{caption}</caption>
          <thead>
            <tr>
              {visibleColumns.map((column) => {
                const sorted = state.sort?.column === column.key ? state.sort.direction : undefined;
                const sortable = column.sortable ?? true;
                return (
                  <th
                    key={column.key}
                    scope="col"
                    aria-sort={sortable ? (sorted ?? 'none') : undefined}
                    className={column.rowHeader ? styles.sticky : undefined}>
                    {sortable ? (
                      // Not inert before hydration: that would take the column's name out of the accessibility
                      // tree (an empty header without JavaScript). Until then a click does nothing; without
                      // JavaScript the "按此列排序" hint is not shown (kb-needs-js).
                      <button type="button" className={styles.sortButton} onClick={() => update({sort: nextSort(state.sort, column.key)})}>
                        {column.header || <span className="kb-visually-hidden">项目</span>}
                        <span aria-hidden="true" className={`${styles.sortIcon} kb-needs-js`}>
                          {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}
                        </span>
                        <span className="kb-visually-hidden kb-needs-js">，按此列排序</span>
                      </button>
                    ) : (
                      column.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <TableBody rows={rows} order={order} columns={visibleColumns} rowKey={rowKey} rowId={rowId} />
        </table>
      </div>
      {note && <div className={styles.note}>{note}</div>}
    </div>
  );
}

/**
 * Marks the table's box `data-fits` while the table is no wider than the box. The box then stops being a scroll
 * container (styles.module.css), so the header row sticks below the navbar as the page scrolls; a table wider than
 * the box keeps its own horizontal scrolling (and, being inside a scroll container, a header that does not stick).
 * Without JavaScript the box scrolls sideways where it must and the header does not stick.
 */
function useFitsMarker(ref: RefObject<HTMLDivElement | null>): void {
  useEffect(() => {
    const box = ref.current;
    const table = box?.querySelector('table');
    if (!box || !table || typeof ResizeObserver === 'undefined') return;
    const check = () => box.toggleAttribute('data-fits', table.offsetWidth <= box.clientWidth);
    const observer = new ResizeObserver(check);
    observer.observe(box);
    observer.observe(table);
    return () => observer.disconnect();
  }, [ref]);
}

/**
 * When the page's hash names a row that the URL's filters hide, clears the filters once and scrolls to the row;
 * a row that is shown is left to the browser's own scrolling to the fragment.
 */
function useRowTarget<T>(
  hydrated: boolean,
  rows: readonly T[],
  order: readonly number[],
  rowId: ((row: T) => string) | undefined,
  clearFilters: () => void,
): void {
  const done = useRef(false);
  const cleared = useRef(false);
  useEffect(() => {
    if (!hydrated || !rowId || done.current) return;
    let target = '';
    try {
      target = decodeURIComponent(window.location.hash.slice(1));
    } catch {
      // A malformed escape in the fragment names no row.
    }
    const index = target ? rows.findIndex((row) => rowId(row) === target) : -1;
    if (index < 0 || order.includes(index)) {
      done.current = true;
      if (index >= 0 && cleared.current) document.getElementById(target)?.scrollIntoView();
      return;
    }
    cleared.current = true;
    clearFilters();
  }, [hydrated, rows, order, rowId, clearFilters]);
}

interface TableBodyProps<T> {
  readonly rows: readonly T[];
  /** Indices into rows, in display order. */
  readonly order: readonly number[];
  readonly columns: readonly Column<T>[];
  readonly rowKey: (row: T) => string;
  readonly rowId?: (row: T) => string;
}

/** The rows, memoised: hydration, which changes only the controls, does not re-render them. */
const TableBody = memo(function TableBody<T>({rows, order, columns, rowKey, rowId}: TableBodyProps<T>): ReactNode {
  return (
    <tbody>
      {order.map((i) => {
        const row = rows[i]!;
        return (
          <tr key={rowKey(row)} id={rowId?.(row)}>
            {columns.map((column) => {
              const content = column.render ? column.render(row) : column.value(row);
              return column.rowHeader ? (
                <th key={column.key} scope="row" className={styles.sticky}>
                  {content}
                </th>
              ) : (
                <td key={column.key} data-label={column.header}>
                  {content}
                </td>
              );
            })}
          </tr>
        );
      })}
      {order.length === 0 && (
        <tr>
          <td colSpan={columns.length} className={styles.empty}>
            没有符合条件的行。
          </td>
        </tr>
      )}
    </tbody>
  );
}) as <T>(props: TableBodyProps<T>) => ReactNode;
