/** The data-driven parts of a pattern page (docs/patterns/<slug>.mdx): header, pillars, related patterns, sources. */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {containerPatterns, PAPER_URL} from '@site/src/data/container-patterns';
import {PILLAR_LABELS, SOURCE_LABELS, STATUS_LABELS} from '@site/src/data/labels';
import {patterns} from '@site/src/data/patterns';
import {problemCategories} from '@site/src/data/problem-categories';
import type {Pattern} from '@site/src/data/schema';
import styles from './styles.module.css';

export function findPattern(slug: string): Pattern {
  const pattern = patterns.find((p) => p.slug === slug);
  if (!pattern) throw new Error(`Unknown pattern slug "${slug}": add it to src/data/patterns.ts`);
  return pattern;
}

/** The status line: e.g. “2025 年已从 Azure 目录移除”, “原名 Strangler”. */
export function statusNote(p: Pattern): string {
  switch (p.status) {
    case 'renamed':
      return `Azure 目录中已更名，原名 ${p.formerEnglish}`;
    case 'removed':
      return p.slug === 'gatekeeper' ? '2025 年的 Azure 目录已不再列出' : '已不在 Azure 当前目录中';
    default:
      return STATUS_LABELS[p.status];
  }
}

export function PatternHeader({slug}: {readonly slug: string}): ReactNode {
  const p = findPattern(slug);
  return (
    <div className={styles.header}>
      <p className={styles.names}>
        <span lang="en">{p.english}</span>
        {p.aliases.length > 0 && <span className={styles.aliases}>又称：{p.aliases.join('、')}</span>}
      </p>
      <ul className={styles.badges} aria-label="架构支柱">
        {p.pillars.map((pillar) => (
          <li key={pillar} className={styles.badge}>
            {PILLAR_LABELS[pillar]}
          </li>
        ))}
      </ul>
      <p className={styles.meta}>
        <span className={styles.status}>{statusNote(p)}</span>
        <span>来源：{p.sources.map((s) => SOURCE_LABELS[s]).join('；')}</span>
      </p>
    </div>
  );
}

export function PatternPillars({slug}: {readonly slug: string}): ReactNode {
  const p = findPattern(slug);
  const categories = problemCategories.filter((c) => p.categories2018.includes(c.id));
  return (
    <>
      {p.pillars.length > 0 ? (
        <p>
          Azure Well-Architected Framework 支柱（截至 2026 年的 Azure 目录）：
          {p.pillars.map((pillar) => PILLAR_LABELS[pillar]).join('、')}。
        </p>
      ) : (
        <p>该模式不在 Azure 当前目录中，没有 Well-Architected 支柱标注。</p>
      )}
      {categories.length > 0 && (
        <p>
          2018 年 Azure 目录的问题类别（<Link to="/docs/design-patterns/problem-categories">表格 2</Link>）：
          {categories.map((c) => c.name).join('、')}。
        </p>
      )}
    </>
  );
}

export function RelatedPatterns({slug}: {readonly slug: string}): ReactNode {
  const p = findPattern(slug);
  return (
    <ul>
      {p.related.map((r) => {
        const related = findPattern(r);
        return (
          <li key={r}>
            <Link to={`/docs/patterns/${r}`}>
              {related.chinese}（{related.english}）
            </Link>
            ：{related.summary}
          </li>
        );
      })}
    </ul>
  );
}

export function PatternSources({slug}: {readonly slug: string}): ReactNode {
  const p = findPattern(slug);
  const container = containerPatterns.find((c) => c.pattern === slug);
  return (
    <ul>
      {p.azureUrl && (
        <li>
          Azure Architecture Center：<a href={p.azureUrl}>{p.english} pattern</a>
        </li>
      )}
      {p.seed2018 && (
        <li>
          原文 <Link to="/docs/design-patterns/azure-patterns">2018 年 Azure 模式表</Link>：{p.seed2018.name}——
          {p.seed2018.summary}（<a href={p.seed2018.url}>原文链接</a>）
        </li>
      )}
      {p.seed2015 && (
        <li>
          原文 <Link to="/docs/design-patterns/azure-patterns-2015">表格 3（2015）</Link>：{p.seed2015.name}
          {p.seed2015.description && `——${p.seed2015.description}`}
        </li>
      )}
      {p.sources.includes('dfx') && (
        <li>
          原文 <Link to="/docs/design-patterns/dfx">表格 4（DFX）</Link>
        </li>
      )}
      {container && (
        <li>
          Brendan Burns、David Oppenheimer：
          <a href={PAPER_URL}>Design Patterns for Container-based Distributed Systems</a>（HotCloud 2016），第{' '}
          {container.paperSection} 节；原文 <Link to="/docs/container-patterns">表格 5</Link>
        </li>
      )}
    </ul>
  );
}
