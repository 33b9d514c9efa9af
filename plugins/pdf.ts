import type {LoadContext, Plugin} from '@docusaurus/types';
import {pdfFiles} from '../src/data/pdf-downloads';

/** Is this build the one with PDFs (`npm run pdf`, KB_PDF=1)? */
export const pdfEnabled = (env: NodeJS.ProcessEnv = process.env) => env.KB_PDF === '1';

/**
 * The PDFs (build-tools/pdf-print.ts): with KB_PDF=1 the build prints the whole book and each chapter from its own
 * pages into downloads/ after writing them, and the pages link the files ("下载 PDF", src/components/PdfDownloads).
 * Without it nothing is printed and no page links a PDF. A PDF that fails to print fails the build, so no link
 * points at a file that is not there.
 */
export default function pdfPlugin(context: LoadContext): Plugin<void> {
  const enabled = pdfEnabled();
  return {
    name: 'pdf',
    async contentLoaded({actions}) {
      actions.setGlobalData(enabled ? pdfFiles() : null);
    },
    async postBuild({outDir}) {
      if (!enabled) return;
      const started = Date.now();
      const {printPdfs} = await import('../build-tools/pdf-print');
      const {siteConfig, baseUrl} = context;
      const printed = await printPdfs(outDir, {
        title: siteConfig.title,
        tagline: siteConfig.tagline,
        publicUrl: `${siteConfig.url}${baseUrl}`,
        baseUrl,
        date: new Date().toISOString().slice(0, 10),
      });
      const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;
      for (const p of printed) console.log(`[pdf] ${p.file}: ${p.pages} pages, ${mb(p.bytes)}, ${(p.ms / 1000).toFixed(1)} s`);
      console.log(`[pdf] ${printed.length} PDFs in downloads/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    },
  };
}
