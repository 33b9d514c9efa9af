/** Pure table logic (sorting, filtering, differences, URL state), kept apart from React for unit tests. */

export type SortDirection = 'ascending' | 'descending';
export type CellValue = string | number;

export interface TableState {
  sort?: {column: string; direction: SortDirection};
  query: string;
  diffOnly: boolean;
  hidden: readonly string[];
  /** Facet key → the chosen value ("" or absent: every row). */
  facets: Readonly<Record<string, string>>;
}

export const INITIAL_STATE: TableState = {query: '', diffOnly: false, hidden: [], facets: {}};

/** A facet as the URL sees it: its key and the values it may take. */
export interface FacetKeys {
  readonly key: string;
  readonly values: readonly string[];
}

/** Created on the first sort, not when the page loads: setting up ICU's collator costs about 12 ms of main thread. */
let collator: Intl.Collator | undefined;

/** Compares two cell values: numbers numerically, text by Chinese (pinyin) collation, empty cells last. */
export function compareValues(a: CellValue, b: CellValue): number {
  const emptyA = a === '';
  const emptyB = b === '';
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return (collator ??= new Intl.Collator('zh-Hans-CN', {numeric: true, sensitivity: 'base'})).compare(String(a), String(b));
}

/** Stable sort of row indices by one column; empty cells stay last in both directions. */
export function sortIndices(values: readonly CellValue[], direction: SortDirection): number[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return values
    .map((_, i) => i)
    .sort((i, j) => {
      const a = values[i]!;
      const b = values[j]!;
      if (a === '' || b === '') return compareValues(a, b);
      return sign * compareValues(a, b) || i - j;
    });
}

/** Lower-cased, whitespace-collapsed text for matching; never throws, whatever the input. */
export function normalizeQuery(query: string): string {
  return query.trim().replace(/\s+/g, ' ').toLocaleLowerCase('zh-Hans-CN');
}

/** A row matches when every space-separated term occurs in one of its cells (plain substring, no regex). */
export function rowMatches(cells: readonly CellValue[], query: string): boolean {
  const terms = normalizeQuery(query).split(' ').filter(Boolean);
  if (terms.length === 0) return true;
  const haystack = cells.map((c) => String(c).toLocaleLowerCase('zh-Hans-CN')).join('\n');
  return terms.every((term) => haystack.includes(term));
}

/** True when all compared cells of a row hold the same value (the row says nothing about the difference). */
export function isUniform(cells: readonly CellValue[]): boolean {
  return cells.every((c) => String(c).trim() === String(cells[0] ?? '').trim());
}

/** Reads a table's state from a query string, ignoring unknown columns and malformed values. */
export function readState(search: string, tableId: string, columns: readonly string[], facets: readonly FacetKeys[] = []): TableState {
  const params = new URLSearchParams(search);
  const get = (name: string) => params.get(`${tableId}.${name}`);
  const state: {-readonly [K in keyof TableState]: TableState[K]} = {...INITIAL_STATE};
  const sort = get('sort');
  if (sort) {
    const [column, dir] = sort.split(':');
    if (column && columns.includes(column)) {
      state.sort = {column, direction: dir === 'desc' ? 'descending' : 'ascending'};
    }
  }
  state.query = (get('q') ?? '').slice(0, 200);
  state.diffOnly = get('diff') === '1';
  state.hidden = (get('hide') ?? '').split(',').filter((c) => columns.includes(c));
  const chosen: Record<string, string> = {};
  for (const facet of facets) {
    const value = get(facet.key);
    if (value && facet.values.includes(value)) chosen[facet.key] = value;
  }
  state.facets = chosen;
  return state;
}

/**
 * Writes a table's state into a query string, keeping every other parameter. `facetKeys`: every facet of the table, so that a facet set back to "every row" leaves the URL too.
 */
export function writeState(search: string, tableId: string, state: TableState, facetKeys: readonly string[] = []): string {
  const params = new URLSearchParams(search);
  const set = (name: string, value: string | undefined) => {
    if (value) params.set(`${tableId}.${name}`, value);
    else params.delete(`${tableId}.${name}`);
  };
  set('sort', state.sort && `${state.sort.column}:${state.sort.direction === 'descending' ? 'desc' : 'asc'}`);
  set('q', state.query.trim() || undefined);
  set('diff', state.diffOnly ? '1' : undefined);
  set('hide', state.hidden.length > 0 ? state.hidden.join(',') : undefined);
  for (const key of new Set([...facetKeys, ...Object.keys(state.facets)])) set(key, state.facets[key] || undefined);
  const out = params.toString();
  return out ? `?${out}` : '';
}

/** Next sort state when a column header is activated: ascending → descending → source order. */
export function nextSort(current: TableState['sort'], column: string): TableState['sort'] {
  if (current?.column !== column) return {column, direction: 'ascending'};
  return current.direction === 'ascending' ? {column, direction: 'descending'} : undefined;
}
