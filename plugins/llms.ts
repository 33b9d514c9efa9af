import {writeFileSync} from 'node:fs';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {llmsFullTxt, llmsTxt, writePageMarkdown} from '../build-tools/llms';

/** After the build: <page>.md for every doc page, /llms.txt and /llms-full.txt (build-tools/llms.ts). */
export default function llmsPlugin(): Plugin<void> {
  return {
    name: 'llms',
    async postBuild({outDir, siteConfig, routesPaths}) {
      const started = Date.now();
      const site = {title: siteConfig.title, tagline: siteConfig.tagline, url: `${siteConfig.url}${siteConfig.baseUrl}`};
      const pages = await writePageMarkdown(outDir, siteConfig.url, siteConfig.baseUrl, routesPaths);
      writeFileSync(path.join(outDir, 'llms.txt'), llmsTxt(pages, site));
      writeFileSync(path.join(outDir, 'llms-full.txt'), llmsFullTxt(pages, site));
      const docs = pages.filter((p) => p.markdown).length;
      console.log(`[llms] ${docs} pages as Markdown, llms.txt (${pages.length} pages) and llms-full.txt in ${Date.now() - started} ms`);
    },
  };
}
