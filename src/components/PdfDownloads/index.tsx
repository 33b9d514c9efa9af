import type {ReactNode} from 'react';
import clsx from 'clsx';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {usePluginData} from '@docusaurus/useGlobalData';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {chapterOutline} from '@site/src/data/chapter-outline';
import type {PdfFiles} from '@site/src/data/pdf-downloads';
import styles from './styles.module.css';

/** The PDFs of this build, or null when it was built without them (plugins/pdf.ts). */
export function usePdfFiles(): PdfFiles | null {
  return (usePluginData('pdf') as PdfFiles | null | undefined) ?? null;
}

/**
 * "下载 PDF：本章 · 全书" in a doc page's footer row: the page's chapter and the whole book as PDF. Nothing when the
 * build has no PDFs, so no page links a file that is not there.
 */
export default function PdfDownloads(): ReactNode {
  const files = usePdfFiles();
  const {metadata} = useDoc();
  const slug = metadata.id.split('/')[0] ?? '';
  const chapter = chapterOutline.find((c) => c.slug === slug);
  const chapterFile = chapter ? files?.chapters[chapter.slug] : undefined;
  const chapterHref = useBaseUrl(chapterFile ?? '/');
  const bookHref = useBaseUrl(files?.book ?? '/');
  if (!files) return null;
  return (
    <span className={clsx(styles.downloads, 'kb-no-print')}>
      下载 PDF：
      {chapter && chapterFile && (
        <>
          <a href={chapterHref} download>
            本章<span className="kb-visually-hidden">（{chapter.title}）</span>
          </a>
          <span aria-hidden="true"> · </span>
        </>
      )}
      <a href={bookHref} download>
        全书
      </a>
    </span>
  );
}

/** The about page's list: the whole book, then each chapter. Without PDFs in this build, a sentence says so. */
export function PdfDownloadList(): ReactNode {
  const files = usePdfFiles();
  const base = useBaseUrl('/');
  if (!files) return <p>这一版网站构建时没有生成 PDF。</p>;
  return (
    <ul className={styles.list}>
      <li>
        <a href={`${base}${files.book}`} download>
          全书（{chapterOutline.length} 章）
        </a>
      </li>
      {chapterOutline.map((c) =>
        files.chapters[c.slug] ? (
          <li key={c.slug}>
            <a href={`${base}${files.chapters[c.slug]}`} download>
              {c.title}
            </a>
          </li>
        ) : null,
      )}
    </ul>
  );
}
