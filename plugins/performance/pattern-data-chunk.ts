/**
 * Tweak `pattern-data-chunk`: Docusaurus puts every module used by more than half of the pages into the `common`
 * chunk that all pages load. The 49 pattern pages are more than half, so the pattern records (src/data/patterns.ts)
 * and the pattern-page components landed in every page. This cache group gives them a chunk of their own, loaded only
 * by the pages that use them.
 *
 * Measured gain: see the 2026-12-03 figure below.
 * Measured 2026-12-03 (BENCH_EACH=1 npm run bench, Lighthouse mobile, 3-run medians, without → with): JS 171.1 →
 * 159.0 KB gzipped on the doc page (pattern page unchanged).
 * Unnecessary when: the site has fewer pattern pages than other pages, or Docusaurus stops forcing a `common` chunk
 * (its splitChunks group `common`, minChunks = half the pages, in @docusaurus/core lib/webpack/base.js, 3.10.2).
 */
import type {Plugin} from '@docusaurus/types';

export default function patternDataChunk(): Plugin {
  return {
    name: 'kb-pattern-data-chunk',
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
