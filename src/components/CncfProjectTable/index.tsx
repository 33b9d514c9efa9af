import type {ReactNode} from 'react';
import ComparisonTable, {type Column, type Facet} from '@site/src/components/ComparisonTable';
import {cncfDescriptions} from '@site/src/data/cncf-descriptions';
import {cncfProjects, cncfSnapshot} from '@site/src/data/cncf-projects';
import {CNCF_CATEGORY_LABELS, CNCF_LEVEL_LABELS} from '@site/src/data/labels-2026';
import type {CncfProject} from '@site/src/data/schema';
import styles from './styles.module.css';

const LEVELS = Object.keys(CNCF_LEVEL_LABELS) as Array<keyof typeof CNCF_LEVEL_LABELS>;
const categoryLabel = (p: CncfProject) => CNCF_CATEGORY_LABELS[p.category] ?? p.category;
const yearJoined = (p: CncfProject) => p.accepted?.slice(0, 4) ?? '';

const categories = [...new Set(cncfProjects.map((p) => p.category))].sort((a, b) =>
  (CNCF_CATEGORY_LABELS[a] ?? a).localeCompare(CNCF_CATEGORY_LABELS[b] ?? b, 'zh-Hans-CN'),
);
const joinYears = [...new Set(cncfProjects.map(yearJoined).filter(Boolean))].sort();

const facets: readonly Facet<CncfProject>[] = [
  {key: 'level', label: '成熟度', options: LEVELS.map((l) => ({value: l, label: CNCF_LEVEL_LABELS[l]})), value: (p) => p.maturity},
  {
    key: 'category',
    label: '领域',
    options: categories.map((c) => ({value: c, label: CNCF_CATEGORY_LABELS[c] ?? c})),
    value: (p) => p.category,
  },
  {key: 'year', label: '加入年份', options: joinYears.map((y) => ({value: y, label: `${y} 年`})), value: yearJoined},
];

const MOVES = ['incubating', 'graduated', 'archived'] as const;

const columns: readonly Column<CncfProject>[] = [
  {
    key: 'name',
    header: '项目',
    rowHeader: true,
    value: (p) => p.name,
    render: (p) => (
      <>
        {p.homepage ? <a href={p.homepage} className={styles.name}>{p.name}</a> : <span className={styles.name}>{p.name}</span>}
        {p.repository && (
          <>
            {' '}
            <a href={p.repository} className={styles.repo} aria-label={`${p.name} 的代码仓库`}>
              代码
            </a>
          </>
        )}
      </>
    ),
  },
  {
    key: 'level',
    header: '成熟度',
    value: (p) => CNCF_LEVEL_LABELS[p.maturity],
    sortValue: (p) => LEVELS.indexOf(p.maturity),
    render: (p) => <span className={styles[p.maturity]}>{CNCF_LEVEL_LABELS[p.maturity]}</span>,
  },
  {
    key: 'area',
    header: '领域',
    // The English names too, so that the text filter finds either.
    value: (p) => `${categoryLabel(p)} ${p.category} · ${p.subcategory}`,
    render: (p) => (
      <>
        {categoryLabel(p)}
        <br />
        <span lang="en">{p.subcategory}</span>
      </>
    ),
  },
  {key: 'about', header: '简介', sortable: false, value: (p) => cncfDescriptions[p.slug] ?? ''},
  {key: 'accepted', header: '加入', value: (p) => p.accepted ?? '', render: (p) => <span className={styles.date}>{p.accepted}</span>},
  {
    key: 'moves',
    header: '晋级与归档',
    // Sorted by the latest move; filtered by every date and level name shown.
    value: (p) => MOVES.map((m) => (p[m] ? `${CNCF_LEVEL_LABELS[m]} ${p[m]}` : '')).filter(Boolean).join(' '),
    sortValue: (p) => MOVES.map((m) => p[m] ?? '').reduce((a, b) => (b > a ? b : a), ''),
    render: (p) => (
      <ul className={styles.moves}>
        {MOVES.map((m) =>
          p[m] ? (
            <li key={m}>
              {CNCF_LEVEL_LABELS[m]} <span className={styles.date}>{p[m]}</span>
            </li>
          ) : null,
        )}
      </ul>
    ),
  },
];

/**
 * Every CNCF project of the landscape snapshot, one row each with its own anchor (#kyverno): filter by level,
 * area, year joined or any text in Chinese or English; sort by any column; the filters live in the URL.
 */
export default function CncfProjectTable(): ReactNode {
  return (
    <ComparisonTable
      id="cncf"
      caption={`CNCF 项目一览（数据截至 ${cncfSnapshot.date}，来源：cncf/landscape）`}
      rows={cncfProjects}
      columns={columns}
      rowKey={(p) => p.slug}
      rowId={(p) => p.slug}
      facets={facets}
      unit="个项目"
      note={
        <>
          数据来源：<a href={cncfSnapshot.url}>cncf/landscape 的 landscape.yml</a>（提交{' '}
          <code>{cncfSnapshot.commit.slice(0, 7)}</code>，{cncfSnapshot.date}）；“加入”是 CNCF 接纳项目的日期，“晋级与归档”是项目进入孵化、毕业和归档的日期。简介由本站撰写。
        </>
      }
    />
  );
}
