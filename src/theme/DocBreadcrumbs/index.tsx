import type {ReactNode} from 'react';
import DocBreadcrumbs from '@theme-original/DocBreadcrumbs';
import type DocBreadcrumbsType from '@theme/DocBreadcrumbs';
import type {WrapperProps} from '@docusaurus/types';
import CopyLink from '@site/src/components/CopyLink';
import CopyMarkdown from '@site/src/components/CopyMarkdown';
import styles from './styles.module.css';

type Props = WrapperProps<typeof DocBreadcrumbsType>;

/** The breadcrumbs of every doc page, with the page-level "复制链接" and "复制为 Markdown" controls at their right. */
export default function DocBreadcrumbsWrapper(props: Props): ReactNode {
  return (
    <div className={styles.row}>
      <DocBreadcrumbs {...props} />
      <span className={styles.controls}>
        <CopyLink showLabel />
        <CopyMarkdown />
      </span>
    </div>
  );
}
