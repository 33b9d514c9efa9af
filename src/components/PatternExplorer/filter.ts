/** Pattern explorer filters: pure functions, shared by the component and the tests. */
import {rowMatches} from '@site/src/components/ComparisonTable/state';
import type {Pattern, PatternSource, PatternStatus, Pillar, ProblemCategoryId} from '@site/src/data/schema';
import {PATTERN_SOURCES, PATTERN_STATUSES, PILLARS, PROBLEM_CATEGORY_IDS} from '@site/src/data/vocabulary';

export interface PatternFilters {
  readonly pillar?: Pillar;
  readonly category?: ProblemCategoryId;
  readonly source?: PatternSource;
  readonly status?: PatternStatus;
  readonly q: string;
}

export const NO_FILTERS: PatternFilters = {q: ''};

export function filterPatterns(patterns: readonly Pattern[], f: PatternFilters): Pattern[] {
  return patterns.filter(
    (p) =>
      (!f.pillar || p.pillars.includes(f.pillar)) &&
      (!f.category || p.categories2018.includes(f.category)) &&
      (!f.source || p.sources.includes(f.source)) &&
      (!f.status || p.status === f.status) &&
      rowMatches([p.chinese, p.english, ...p.aliases, p.slug], f.q),
  );
}

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === value);
}

/** Reads filters from a query string; unknown values are ignored rather than breaking the page. */
export function readFilters(search: string): PatternFilters {
  const params = new URLSearchParams(search);
  return {
    pillar: pick(params.get('pillar'), PILLARS),
    category: pick(params.get('category'), PROBLEM_CATEGORY_IDS),
    source: pick(params.get('source'), PATTERN_SOURCES),
    status: pick(params.get('status'), PATTERN_STATUSES),
    q: (params.get('q') ?? '').slice(0, 200),
  };
}

export function writeFilters(search: string, f: PatternFilters): string {
  const params = new URLSearchParams(search);
  for (const key of ['pillar', 'category', 'source', 'status'] as const) {
    const value = f[key];
    if (value) params.set(key, value);
    else params.delete(key);
  }
  if (f.q.trim()) params.set('q', f.q.trim());
  else params.delete('q');
  const out = params.toString();
  return out ? `?${out}` : '';
}
