import type {ReactNode} from 'react';
import ComparisonTable, {type Column} from '@site/src/components/ComparisonTable';
import type {SourcedCell} from '@site/src/data/schema';
import styles from './styles.module.css';

/** One compared thing (a mesh, an orchestrator): a column of the table. */
export interface Subject<K extends string> {
  readonly slug: string;
  readonly name: string;
  /** Column heading; the full name is in the table's source marks and the page text. */
  readonly short?: string;
  readonly cells: Readonly<Record<K, SourcedCell>>;
}

export interface Dimension<K extends string> {
  readonly key: K;
  readonly label: string;
  /** Shown before the label, e.g. 流量. */
  readonly group?: string;
}

/** A row that is not a sourced fact but the site's own cross-reference (e.g. a link to a CNCF project's row). */
export interface LinkRow<S> {
  readonly key: string;
  readonly label: string;
  readonly value: (subject: S) => string;
  readonly render: (subject: S) => ReactNode;
}

export interface SourcedComparisonProps<K extends string, S extends Subject<K>> {
  /** ASCII id: the table's anchor and URL prefix; the source list is `<id>-sources`. */
  readonly id: string;
  readonly caption: string;
  readonly subjects: readonly S[];
  readonly dimensions: readonly Dimension<K>[];
  readonly linkRows?: readonly LinkRow<S>[];
  readonly note?: ReactNode;
}

type Row<K extends string, S> = {readonly kind: 'fact'; readonly dimension: Dimension<K>} | {readonly kind: 'link'; readonly link: LinkRow<S>};

const host = (url: string) => new URL(url).host.replace(/^www\./, '');

/**
 * A side-by-side comparison in which every cell carries its source: a numbered mark after the value shows the
 * source's site and the check date on hover or keyboard focus (CSS only, so also without JavaScript), and links
 * to the numbered list under the table (a tap lands there), which holds every source's full address. The marks
 * are short on purpose: 200 cells of full URLs would double the page's HTML. Built on ComparisonTable: differences only, columns shown or
 * hidden, state in the URL.
 */
export default function SourcedComparison<K extends string, S extends Subject<K>>({
  id,
  caption,
  subjects,
  dimensions,
  linkRows = [],
  note,
}: SourcedComparisonProps<K, S>): ReactNode {
  // Sources numbered in reading order (row by row), each URL once.
  const numbers = new Map<string, number>();
  const checkedDates = new Map<string, Set<string>>();
  for (const d of dimensions) {
    for (const s of subjects) {
      const cell = s.cells[d.key];
      if (!numbers.has(cell.source)) numbers.set(cell.source, numbers.size + 1);
      const dates = checkedDates.get(cell.source) ?? new Set<string>();
      dates.add(cell.checked);
      checkedDates.set(cell.source, dates);
    }
  }
  const rows: Row<K, S>[] = [
    ...linkRows.map((link) => ({kind: 'link' as const, link})),
    ...dimensions.map((dimension) => ({kind: 'fact' as const, dimension})),
  ];
  const rowKey = (r: Row<K, S>) => (r.kind === 'fact' ? r.dimension.key : `link-${r.link.key}`);
  const columns: Column<Row<K, S>>[] = [
    {
      key: 'aspect',
      header: '比较项',
      rowHeader: true,
      sortable: false,
      value: (r) => (r.kind === 'fact' ? r.dimension.label : r.link.label),
      render: (r) =>
        r.kind === 'fact' && r.dimension.group ? (
          <>
            <span className={styles.group}>{r.dimension.group}</span>
            {r.dimension.label}
          </>
        ) : r.kind === 'fact' ? (
          r.dimension.label
        ) : (
          r.link.label
        ),
    },
    ...subjects.map(
      (s): Column<Row<K, S>> => ({
        key: s.slug,
        header: s.short ?? s.name,
        sortable: false,
        value: (r) => (r.kind === 'fact' ? s.cells[r.dimension.key].value : r.link.value(s)),
        render: (r) => {
          if (r.kind === 'link') return r.link.render(s);
          const cell = s.cells[r.dimension.key];
          const n = numbers.get(cell.source)!;
          return (
            <>
              {cell.value}
              <a className={styles.source} href={`#${id}-src-${n}`} data-tip={`${host(cell.source)} · ${cell.checked} 核对`}>
                [{n}]
              </a>
            </>
          );
        },
      }),
    ),
  ];
  return (
    <>
      <ComparisonTable id={id} caption={caption} rows={rows} columns={columns} rowKey={rowKey} compare note={note} />
      <details className={styles.sources} id={`${id}-sources`} open>
        <summary>{`来源（${numbers.size} 个页面，均为项目或厂商自己的文档、发布说明或仓库）`}</summary>
        <ol>
          {[...numbers.keys()].map((url, i) => (
            <li key={url} id={`${id}-src-${i + 1}`}>
              <a href={url}>{url}</a>
              {`（${[...checkedDates.get(url)!].sort().join('、')} 核对）`}
            </li>
          ))}
        </ol>
      </details>
    </>
  );
}
