import type {Plugin} from '@docusaurus/types';

/**
 * Docusaurus puts every module used by more than half of the pages into the `common` chunk that all pages load.
 * The 49 pattern pages are more than half, so the pattern records (src/data/patterns.ts) and the pattern-page
 * components landed in every page. This cache group gives them a chunk of their own, loaded only by the pages
 * that use them.
 */
export default function chunksPlugin(): Plugin {
  return {
    name: 'chunks',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        optimization: {
          splitChunks: {
            cacheGroups: {
              patternData: {
                test: /[\\/]src[\\/](data[\\/](patterns|labels|problem-categories)\.ts|components[\\/]PatternPage[\\/])/,
                name: 'pattern-data',
                chunks: 'async',
                priority: 50,
                enforce: true,
              },
            },
          },
        },
      };
    },
  };
}
