import path from 'node:path';
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
    configureWebpack(config, isServer, {currentBundler}) {
      if (isServer) return {};
      // Docusaurus minifies with ascii_only, which writes each Chinese character of the content as \uXXXX (6 bytes
      // instead of 3, and worse gzip): emit UTF-8 instead (every page and server here is UTF-8).
      const Minimizer = (currentBundler.instance as unknown as {SwcJsMinimizerRspackPlugin?: new (o: object) => object}).SwcJsMinimizerRspackPlugin;
      const minimizers = config.optimization?.minimizer;
      if (Minimizer && minimizers) {
        config.optimization!.minimizer = minimizers.map((plugin) => {
          const options = (plugin as {_args?: [{minimizerOptions?: {format?: object}}]})._args?.[0];
          if (plugin?.constructor?.name !== 'SwcJsMinimizerRspackPlugin' || !options?.minimizerOptions) return plugin;
          return new Minimizer({
            ...options,
            minimizerOptions: {...options.minimizerOptions, format: {...options.minimizerOptions.format, ascii_only: false}},
          }) as typeof plugin;
        });
      }
      return {
        module: {
          rules: [
            {
              test: /[\\/]docusaurus-plugin-content-docs[\\/][^\\/]+[\\/]p[\\/][^\\/]+\.json$/,
              enforce: 'pre',
              use: [{loader: path.join(__dirname, 'strip-doc-descriptions-loader.cjs')}],
            },
          ],
        },
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
