/** The glossary's text filter: pure functions, shared by the component and the tests. */
import {rowMatches} from '@site/src/components/ComparisonTable/state';
import type {GlossaryIndexEntry, GlossaryPatternLink} from '@site/src/data/glossary-entries';

/** Reads the filter text from the query string (`?q=熔断`); at most 200 characters. */
export function readQuery(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').slice(0, 200);
}

/** The query string with `q` set to the filter text, or without `q` when it is empty. Other parameters stay. */
export function writeQuery(search: string, query: string): string {
  const params = new URLSearchParams(search);
  if (query.trim()) params.set('q', query);
  else params.delete('q');
  const out = params.toString();
  return out ? `?${out}` : '';
}

/** An entry matches when every word of the query is in its names, aliases, id or definition. */
export function entryMatches(entry: GlossaryIndexEntry, query: string): boolean {
  return rowMatches([entry.chinese, entry.english, entry.id, ...entry.aliases, entry.definition], query);
}

/** A pattern named on the terms page matches on its names, aliases and id (its definition is on the patterns page). */
export function patternMatches(pattern: GlossaryPatternLink, query: string): boolean {
  return rowMatches([pattern.chinese, pattern.english, pattern.id, ...pattern.aliases], query);
}
