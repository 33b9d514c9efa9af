/**
 * src/components/DataTables: the seed's tables, one file per table so that a page loads only its own data.
 * Each is a ComparisonTable fed by its module in src/data; MDX pages import them and never repeat a row.
 */
import type {Column} from '@site/src/components/ComparisonTable';

/** A maker of plain text columns for rows of type T. */
export function textColumns<T>() {
  return (key: string, header: string, get: (row: T) => string, rowHeader = false): Column<T> => ({
    key,
    header,
    value: get,
    rowHeader,
  });
}
