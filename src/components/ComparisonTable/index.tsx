import {memo, useCallback, useEffect, useId, useMemo, useRef, type ReactNode, type RefObject} from 'react';
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
}

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
}: ComparisonTableProps<T>): ReactNode {
  const uid = useId();
  const columnKeys = useMemo(() => columns.map((c) => c.key), [columns]);
  const read = useCallback((search: string) => readState(search, id, columnKeys), [id, columnKeys]);
  const write = useCallback((search: string, s: TableState) => writeState(search, id, s), [id]);
  const [state, setState, hydrated] = useUrlState<TableState>(INITIAL_STATE, read, write);

  const compared = useMemo(() => columns.filter((c) => !c.rowHeader), [columns]);
  const visibleColumns = useMemo(() => columns.filter((c) => !state.hidden.includes(c.key)), [columns, state.hidden]);

  const order = useMemo(() => {
    const sortColumn = state.sort && columns.find((c) => c.key === state.sort!.column);
    let indices = sortColumn ? sortIndices(rows.map(sortColumn.value), state.sort!.direction) : rows.map((_, i) => i);
    indices = indices.filter((i) => rowMatches(columns.map((c) => c.value(rows[i]!)), state.query));
    if (compare && state.diffOnly) {
      const shown = compared.filter((c) => !state.hidden.includes(c.key));
      indices = indices.filter((i) => !isUniform(shown.map((c) => c.value(rows[i]!))));
    }
    return indices;
  }, [rows, columns, compared, compare, state]);

  const update = (patch: Partial<TableState>) => setState((s) => ({...s, ...patch}));
  const statusId = `${uid}-status`;
  const scrollerRef = useRef<HTMLDivElement>(null);
  useFitsMarker(scrollerRef);
  // Phones stack the rows into cards when the table has three columns or more (styles.module.css).
  const stacked = visibleColumns.length >= 3;

  return (
    <div className={`${styles.wrapper}${stacked ? ` ${styles.stacked}` : ''}`} id={id}>
      {(filterable || compare) && (
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
          {order.length === rows.length ? `共 ${rows.length} 行` : `显示 ${order.length} / ${rows.length} 行`}
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
          <TableBody rows={rows} order={order} columns={visibleColumns} rowKey={rowKey} />
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

interface TableBodyProps<T> {
  readonly rows: readonly T[];
  /** Indices into rows, in display order. */
  readonly order: readonly number[];
  readonly columns: readonly Column<T>[];
  readonly rowKey: (row: T) => string;
}

/** The rows, memoised: hydration, which changes only the controls, does not re-render them. */
const TableBody = memo(function TableBody<T>({rows, order, columns, rowKey}: TableBodyProps<T>): ReactNode {
  return (
    <tbody>
      {order.map((i) => {
        const row = rows[i]!;
        return (
          <tr key={rowKey(row)}>
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
