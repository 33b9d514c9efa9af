import type {ReactNode} from 'react';
import clsx from 'clsx';
import Footer from '@theme-original/DocItem/Footer';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {ThemeClassNames} from '@docusaurus/theme-common';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import EditMetaRow from '@theme/EditMetaRow';
import {usePdfFiles} from '@site/src/components/PdfDownloads';

/**
 * Why a wrapper: the theme shows the footer row only for an edit link or a "最后更新" date. A build with ISSUE_URL
 * or PDFs but neither (no EDIT_URL, a shallow clone) still gets its "报告问题" and "下载 PDF" links.
 */
export default function DocItemFooterWrapper(): ReactNode {
  const {metadata} = useDoc();
  const {siteConfig} = useDocusaurusContext();
  const pdfs = usePdfFiles();
  const themeShowsRow = Boolean(metadata.editUrl || metadata.lastUpdatedAt || metadata.lastUpdatedBy);
  if (themeShowsRow || !(siteConfig.customFields?.issueUrl || pdfs)) return <Footer />;
  return (
    <>
      <Footer />
      <footer className={clsx(ThemeClassNames.docs.docFooter, 'docusaurus-mt-lg')}>
        <EditMetaRow
          className={clsx('margin-top--sm', ThemeClassNames.docs.docFooterEditMetaRow)}
          editUrl={undefined}
          lastUpdatedAt={undefined}
          lastUpdatedBy={undefined}
        />
      </footer>
    </>
  );
}
