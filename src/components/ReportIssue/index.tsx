import type {MouseEvent, ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {linkOrigin} from '@site/src/components/CopyLink/link';
import {issueLink} from './link';
import styles from './styles.module.css';

/**
 * "报告问题": opens the repository's new-issue form, prefilled with the page's title and address (ISSUE_URL). Not
 * rendered when ISSUE_URL is unset. The address is the canonical one, or, for a build without SITE_URL, the one the
 * page is read at (set on click, so the server's HTML and the hydrated page agree).
 */
export default function ReportIssue(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const {metadata} = useDoc();
  const issueUrl = siteConfig.customFields?.issueUrl;
  if (typeof issueUrl !== 'string' || !issueUrl) return null;
  const href = (origin: string) => issueLink(issueUrl, metadata.title, `${origin}${metadata.permalink}`);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.currentTarget.href = href(linkOrigin(siteConfig.url));
  };
  return (
    <a href={href(siteConfig.url)} onClick={onClick} className={styles.report} target="_blank" rel="noopener noreferrer">
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" className={styles.icon}>
        <path fill="currentColor" d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 15.5a1.25 1.25 0 1 1 0-2.5 1.25 1.25 0 0 1 0 2.5ZM13 13h-2V6.5h2V13Z" />
      </svg>
      报告问题
      <span className="kb-visually-hidden">（在新窗口打开）</span>
    </a>
  );
}
