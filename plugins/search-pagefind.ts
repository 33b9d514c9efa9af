import type {Plugin} from '@docusaurus/types';
import {writePagefindIndex} from '../build-tools/pagefind-index';

/**
 * After the build, the /search page's full-text index: Pagefind over the doc pages, into build/pagefind/
 * (build-tools/pagefind-index.ts). A failure stops the build.
 */
export default function searchPagefindPlugin(): Plugin<void> {
  return {
    name: 'search-pagefind',
    // ?_highlight= words marked on the page a search result opened.
    getClientModules: () => [require.resolve('../src/client/search-highlight.ts')],
    async postBuild({outDir}) {
      const started = Date.now();
      const {pages, files} = await writePagefindIndex(outDir);
      console.log(`[search-pagefind] ${pages} doc pages indexed into pagefind/ (${files} files) in ${Date.now() - started} ms`);
    },
  };
}
