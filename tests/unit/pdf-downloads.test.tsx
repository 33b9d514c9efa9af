// @vitest-environment jsdom
import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup, render, screen} from '@testing-library/react';
import {pdfFiles} from '@site/src/data/pdf-downloads';
import {chapterOutline} from '@site/src/data/chapter-outline';

// What plugins/pdf.ts hands the pages: the files of a build with PDFs, or null.
const pluginData = vi.hoisted(() => ({value: null as unknown}));
vi.mock('@docusaurus/useGlobalData', () => ({usePluginData: () => pluginData.value}));
vi.mock('@docusaurus/useBaseUrl', () => ({default: (p: string) => `/kb/${p.replace(/^\//, '')}`}));
vi.mock('@docusaurus/plugin-content-docs/client', () => ({useDoc: () => ({metadata: {id: 'orchestration/kubernetes'}})}));

const {default: PdfDownloads, PdfDownloadList} = await import('@site/src/components/PdfDownloads');

afterEach(() => cleanup());

describe('下载 PDF', () => {
  it('links nothing when the build has no PDFs', () => {
    pluginData.value = null;
    const {container} = render(<PdfDownloads />);
    expect(container.innerHTML).toBe('');
    render(<PdfDownloadList />);
    expect(screen.getByText('这一版网站构建时没有生成 PDF。')).toBeTruthy();
    expect(document.querySelectorAll('a')).toHaveLength(0);
  });

  it("links the page's chapter and the whole book when it has", () => {
    pluginData.value = pdfFiles();
    render(<PdfDownloads />);
    const chapter = screen.getByRole('link', {name: '本章（容器编排）'});
    expect(chapter.getAttribute('href')).toBe('/kb/downloads/orchestration.pdf');
    expect(chapter.hasAttribute('download')).toBe(true);
    expect(screen.getByRole('link', {name: '全书'}).getAttribute('href')).toBe('/kb/downloads/cloud-native-kb.pdf');
  });

  it('lists the book and every chapter on the about page', () => {
    pluginData.value = pdfFiles();
    render(<PdfDownloadList />);
    const hrefs = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['/kb/downloads/cloud-native-kb.pdf', ...chapterOutline.map((c) => `/kb/downloads/${c.slug}.pdf`)]);
  });
});
