import {memo, useId, useMemo, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import CopyLink from '@site/src/components/CopyLink';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {PILLAR_LABELS, SOURCE_LABELS, STATUS_LABELS} from '@site/src/data/labels';
import {PATTERN_GROUPS, patternGroup} from '@site/src/data/pattern-groups';
import type {Pattern, ProblemCategory} from '@site/src/data/schema';
import {PATTERN_SOURCES, PATTERN_STATUSES, PILLARS} from '@site/src/data/vocabulary';
import {useUrlState} from '@site/src/hooks/useUrlState';
import {NO_FILTERS, filterPatterns, readFilters, writeFilters, type PatternFilters} from './filter';
import styles from './styles.module.css';

export interface PatternExplorerProps {
  readonly patterns: readonly Pattern[];
  readonly categories: readonly ProblemCategory[];
}

/**
 * Every pattern as a card, filterable by pillar, 2018 problem category, source, status and text. The full
 * list is in the static HTML; filters work after hydration and live in the URL, so a filtered view can be
 * linked from a wiki.
 */
export default function PatternExplorer({patterns, categories}: PatternExplorerProps): ReactNode {
  const uid = useId();
  const [filters, setFilters, hydrated] = useUrlState<PatternFilters>(NO_FILTERS, readFilters, writeFilters);

  const shown = useMemo(() => filterPatterns(patterns, filters), [patterns, filters]);
  const set = (patch: Partial<PatternFilters>) => setFilters((f) => ({...f, ...patch}));
  const select = <T extends string>(
    name: keyof Omit<PatternFilters, 'q'>,
    label: string,
    options: ReadonlyArray<readonly [T, string]>,
  ) => (
    <label className={styles.field}>
      <span>{label}</span>
      <select
        className="kb-input"
        value={filters[name] ?? ''}
        onChange={(e) => set({[name]: e.target.value || undefined} as Partial<PatternFilters>)}>
        <option value="">全部</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className={styles.explorer}>
      {/* inert until hydration (see src/css/custom.css, .kb-needs-js) */}
      <form
        className={`${styles.filters} kb-needs-js`}
        role="search"
        aria-label="筛选模式"
        inert={!hydrated}
        onSubmit={(e) => e.preventDefault()}>
        <label className={`${styles.field} ${styles.text}`}>
          <span>关键词</span>
          <input
            type="search"
            className="kb-input"
            value={filters.q}
            maxLength={200}
            placeholder="中文名、英文名或别名，如 熔断"
            onChange={(e) => set({q: e.target.value})}
          />
        </label>
        {select('pillar', '架构支柱', PILLARS.map((p) => [p, PILLAR_LABELS[p]] as const))}
        {select('category', '2018 问题类别', categories.map((c) => [c.id, c.name] as const))}
        {select('source', '来源', PATTERN_SOURCES.map((s) => [s, SOURCE_LABELS[s]] as const))}
        {select('status', '现状', PATTERN_STATUSES.map((s) => [s, STATUS_LABELS[s]] as const))}
        <button type="button" className="button button--secondary button--sm" onClick={() => setFilters(NO_FILTERS)}>
          清除筛选
        </button>
      </form>
      <div className={styles.countRow}>
        <p id={`${uid}-count`} className={styles.count} aria-live="polite">
          {shown.length === patterns.length ? `共 ${patterns.length} 个模式` : `显示 ${shown.length} / ${patterns.length} 个模式`}
        </p>
        {/* The explorer's link with the current filters (they live in the query string). */}
        <CopyLink anchor="explorer" title="模式浏览器（含当前筛选）" withQuery />
      </div>
      <PatternCards shown={shown} />
      {shown.length === 0 && <p>没有符合条件的模式，请放宽筛选条件。</p>}
    </div>
  );
}

/**
 * The cards in the readers' groups (src/data/pattern-groups.ts), each group under its heading, memoised on the
 * filtered list: hydration, which changes only the form, does not re-render them.
 */
const PatternCards = memo(function PatternCards({shown}: {shown: readonly Pattern[]}): ReactNode {
  // Each card is a link target (/docs/patterns#circuit-breaker), known to the build's anchor check.
  const brokenLinks = useBrokenLinks();
  for (const p of shown) brokenLinks.collectAnchor(p.slug);
  return PATTERN_GROUPS.map((group) => {
    const cards = shown.filter((p) => patternGroup(p) === group.id);
    if (cards.length === 0) return null;
    brokenLinks.collectAnchor(`group-${group.id}`);
    return (
      <section key={group.id} aria-labelledby={`group-${group.id}`}>
        <h3 id={`group-${group.id}`} className={styles.group}>
          {group.title}
          <span className={styles.groupCount}>（{cards.length}）</span>
        </h3>
        <p className={styles.groupSummary}>{group.summary}</p>
        <ul className={styles.grid}>
          {cards.map((p) => (
            <li key={p.slug} id={p.slug} className={styles.card} data-slug={p.slug}>
              <Link to={`/docs/patterns/${p.slug}`} className={styles.title}>
                {p.chinese}
                {p.english !== p.chinese && <span className={styles.english}>{p.english}</span>}
              </Link>
              <p className={styles.summary}>{p.summary}</p>
              <p className={styles.meta}>{p.pillars.map((pillar) => PILLAR_LABELS[pillar]).join(' · ') || STATUS_LABELS[p.status]}</p>
            </li>
          ))}
        </ul>
      </section>
    );
  });
});
