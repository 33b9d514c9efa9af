import type {ReactNode} from 'react';
import clsx from 'clsx';
import EditThisPage from '@theme/EditThisPage';
import LastUpdated from '@theme/LastUpdated';
import type {Props} from '@theme/EditMetaRow';
import ReportIssue from '@site/src/components/ReportIssue';
import PdfDownloads from '@site/src/components/PdfDownloads';
import styles from './styles.module.css';

/**
 * Why a swizzle: the theme's row has room for "编辑此页" only; "报告问题" (ISSUE_URL) and "下载 PDF" (a build with
 * PDFs) go next to it. Otherwise the
 * theme's component as it is (3.10): the edit links on the left, the "最后更新" date on the right.
 */
export default function EditMetaRow({className, editUrl, lastUpdatedAt, lastUpdatedBy}: Props): ReactNode {
  return (
    <div className={clsx('row', className)}>
      <div className={clsx('col', styles.links, 'kb-no-print')}>
        {editUrl && <EditThisPage editUrl={editUrl} />}
        <ReportIssue />
        <PdfDownloads />
      </div>
      <div className={clsx('col', styles.lastUpdated)}>
        {(lastUpdatedAt || lastUpdatedBy) && <LastUpdated lastUpdatedAt={lastUpdatedAt} lastUpdatedBy={lastUpdatedBy} />}
      </div>
    </div>
  );
}
