import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

const REPLACEMENT = path.resolve(__dirname, '../src/search/cutZhWords.ts');

/**
 * Swaps the search plugin's client `cutZhWords` for src/search/cutZhWords.ts, which has a budget: the original
 * hangs the search worker on long Chinese queries (exponential number of ways to cut them into words).
 * tests/e2e/search.test.ts types such a query and fails if the worker hangs, so an upgrade that moves the file
 * (and silently drops the fix) is caught.
 */
export default function searchGuardPlugin(): Plugin {
  return {
    name: 'search-guard',
    configureWebpack(_config, isServer, {currentBundler}) {
      if (isServer) return {};
      const {NormalModuleReplacementPlugin} = currentBundler.instance;
      return {
        plugins: [
          new NormalModuleReplacementPlugin(/^\.\/cutZhWords(\.js)?$/, (resource: {request: string; context?: string}) => {
            if (resource.context?.includes(`${path.sep}docusaurus-search-local${path.sep}`)) {
              resource.request = REPLACEMENT;
            }
          }),
        ],
      };
    },
  };
}
