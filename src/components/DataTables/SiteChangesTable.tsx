import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import pages from '@generated/page-index/default/pages.json';
import ComparisonTable, {type Column} from '@site/src/components/ComparisonTable';
import {docHref} from '@site/src/data/hrefs';
import type {SiteChange} from '@site/src/data/schema';
import {siteChanges} from '@site/src/data/site-changes';
import styles from './styles.module.css';

const titleOf = (docId: string) => pages.find((p) => p.id === docId)?.title ?? docId;

/** A change's pages as links: "CNCF 项目一览（2026）", "关于本站 › #search"… */
function PageLinks({change}: {change: SiteChange}): ReactNode {
  return change.pages.map((link, i) => {
    const [docId, anchor] = link.split('#') as [string, string | undefined];
    return (
      <span key={link}>
        {i > 0 && '、'}
        <Link to={`${docHref(docId)}${anchor ? `#${anchor}` : ''}`}>{titleOf(docId)}</Link>
      </span>
    );
  });
}

/** The site's dated changes, newest first (src/data/site-changes.ts; the same list as /changes.atom). */
export function SiteChangesTable(): ReactNode {
  const columns: Column<SiteChange>[] = [
    {key: 'date', header: '日期', value: (c) => c.date, render: (c) => <span className={styles.nowrap}>{c.date}</span>, rowHeader: true},
    {key: 'kind', header: '类型', value: (c) => c.kind},
    {
      key: 'change',
      header: '更新内容',
      value: (c) => `${c.title}：${c.summary}`,
      render: (c) => (
        <>
          <strong>{c.title}</strong>
          <span className={styles.effect}>{c.summary}</span>
          <span className={styles.effect}>
            见：<PageLinks change={c} />
          </span>
        </>
      ),
      sortable: false,
    },
  ];
  return (
    <ComparisonTable
      id="site-changes-table"
      caption="网站更新（新的在前）"
      rows={siteChanges}
      rowKey={(c) => c.id}
      rowId={(c) => c.id}
      columns={columns}
      filterable={false}
    />
  );
}
