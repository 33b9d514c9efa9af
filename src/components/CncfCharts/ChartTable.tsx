import type {ReactNode} from 'react';
import styles from './styles.module.css';

export interface ChartTableProps {
  readonly caption: string;
  /** Column headings; the first column heads each row. */
  readonly head: readonly string[];
  readonly rows: ReadonlyArray<readonly (string | number)[]>;
  readonly foot?: readonly (string | number)[];
  /** More text under the table (e.g. the median and extremes). */
  readonly children?: ReactNode;
}

/** A figure's numbers as a table, folded under "数据表": for screen readers, readers without the drawing, and print. */
export default function ChartTable({caption, head, rows, foot, children}: ChartTableProps): ReactNode {
  const row = (cells: readonly (string | number)[]) => (
    <tr key={String(cells[0])}>
      <th scope="row">{cells[0]}</th>
      {cells.slice(1).map((c, i) => (
        <td key={i}>{c}</td>
      ))}
    </tr>
  );
  return (
    <details className={styles.data}>
      <summary>数据表</summary>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{rows.map(row)}</tbody>
        {foot && <tfoot>{row(foot)}</tfoot>}
      </table>
      {children}
    </details>
  );
}
