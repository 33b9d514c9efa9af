import type {Plugin} from '@docusaurus/types';
import {writePagefindIndex} from '../build-tools/pagefind-index';

interface Written {
  readonly outDir: string;
  readonly files: readonly string[];
}

/**
 * Settles when this build's Pagefind files are written (config/pwa.ts waits for it to precache them: the
 * postBuild hooks of all plugins run at once). Kept on globalThis: the config and the plugin may be loaded as two
 * module instances.
 */
const KEY = Symbol.for('kb.pagefindWritten');
type Deferred = {promise: Promise<Written>; resolve: (w: Written) => void; reject: (e: unknown) => void};
function deferred(): Deferred {
  const g = globalThis as unknown as Record<symbol, Deferred | undefined>;
  if (!g[KEY]) {
    let resolve!: Deferred['resolve'];
    let reject!: Deferred['reject'];
    const promise = new Promise<Written>((res, rej) => ((resolve = res), (reject = rej)));
    promise.catch(() => undefined);
    g[KEY] = {promise, resolve, reject};
  }
  return g[KEY];
}
export const pagefindWritten: Promise<Written> = deferred().promise;

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
      try {
        const {pages, files} = await writePagefindIndex(outDir);
        deferred().resolve({outDir, files});
        console.log(`[search-pagefind] ${pages} doc pages indexed into pagefind/ (${files.length} files) in ${Date.now() - started} ms`);
      } catch (error) {
        deferred().reject(error);
        throw error;
      }
    },
  };
}
