import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

const REPLACEMENT = path.resolve(__dirname, '../src/search/cutZhWords.ts');

/**
 * Swaps the search plugin's client `cutZhWords` for src/search/cutZhWords.ts, which has a budget: the original
 * hangs the search worker on long Chinese queries (exponential number of ways to cut them into words).
 * Fails the build if the plugin's file is no longer where it was, so an upgrade cannot silently drop the fix.
 */
export default function searchGuardPlugin(): Plugin {
  return {
    name: 'search-guard',
    configureWebpack(_config, isServer, {currentBundler}) {
      if (isServer) return {};
      let replaced = false;
      const {NormalModuleReplacementPlugin} = currentBundler.instance;
      return {
        plugins: [
          new NormalModuleReplacementPlugin(/^\.\/cutZhWords(\.js)?$/, (resource: {request: string; context?: string}) => {
            if (resource.context?.includes(`${path.sep}docusaurus-search-local${path.sep}`)) {
              resource.request = REPLACEMENT;
              replaced = true;
            }
          }),
          {
            apply(compiler: {hooks: {done: {tap(name: string, fn: () => void): void}}}) {
              compiler.hooks.done.tap('search-guard', () => {
                if (!replaced) {
                  throw new Error('search-guard: @easyops-cn/docusaurus-search-local no longer imports utils/cutZhWords; review src/search/cutZhWords.ts');
                }
              });
            },
          },
        ],
      };
    },
  };
}
