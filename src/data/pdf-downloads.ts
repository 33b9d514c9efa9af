import {chapterOutline} from './chapter-outline';

/**
 * The PDFs a build with the PDF step writes (build-tools/pdf-print.ts, `npm run pdf`): the whole book and one file
 * per chapter, under downloads/. The pages link them only when the build made them (plugins/pdf.ts passes this to
 * the pages as global data, or null).
 */
export const DOWNLOADS_DIR = 'downloads';
export const BOOK_FILE = 'cloud-native-kb.pdf';

export interface PdfFiles {
  /** Site path below the base URL, e.g. downloads/cloud-native-kb.pdf. */
  readonly book: string;
  /** Each chapter's file by chapter slug, e.g. orchestration → downloads/orchestration.pdf. */
  readonly chapters: Readonly<Record<string, string>>;
}

export function pdfFiles(): PdfFiles {
  return {
    book: `${DOWNLOADS_DIR}/${BOOK_FILE}`,
    chapters: Object.fromEntries(chapterOutline.map((c) => [c.slug, `${DOWNLOADS_DIR}/${c.slug}.pdf`])),
  };
}
