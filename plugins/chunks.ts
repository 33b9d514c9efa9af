import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

/** The theme's client module that sets up Prism at start-up (see configureWebpack). */
const STARTUP_PRISM = path.join(
  path.dirname(require.resolve('@docusaurus/theme-classic/package.json')),
  'lib/prism-include-languages',
);
/** Where src/theme/CodeBlock/Content imports ./load, which the server build swaps for ./load.server. */
const CODE_BLOCK_DIR = path.resolve(__dirname, '../src/theme/CodeBlock/Content');

/** The magic comment that asks V8 to compile every function of a script eagerly (see configureWebpack). */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

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
      // The theme sets up Prism in a client module, that is in main.js on every page; src/theme/CodeBlock/Content does it in
      // the chunk of the pages with code blocks instead.
      const resolve = {alias: {[`${STARTUP_PRISM}$`]: path.resolve(__dirname, '../src/client/no-startup-prism.ts')}};
      if (isServer) {
        // The server renders code blocks with Prism at once (src/theme/CodeBlock/Content/load.server.ts).
        const Replace = currentBundler.instance.NormalModuleReplacementPlugin;
        const swapLoad = (data: {context?: string; request: string}) => {
          if (data.context === CODE_BLOCK_DIR) data.request = './load.server';
        };
        return {resolve, plugins: [new Replace(/^\.\/load$/, swapLoad)]};
      }
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
      // V8's explicit compile hint (Chrome 136+, https://v8.dev/blog/explicit-compile-hints): main.js's functions nearly
      // all run at start-up, so V8 compiles them all while it streams the file, off the main thread, instead of one by
      // one on the main thread as each is first called. Added after minification (which drops comments), before the
      // real content hash. Other browsers ignore the comment.
      const {BannerPlugin, Compilation} = currentBundler.instance as unknown as {
        BannerPlugin: new (o: object) => object;
        Compilation: {PROCESS_ASSETS_STAGE_DEV_TOOLING: number};
      };
      const compileHint = new BannerPlugin({
        banner: COMPILE_HINT,
        raw: true,
        test: /(^|[\\/])main\.[0-9a-f]+\.js$/,
        stage: Compilation.PROCESS_ASSETS_STAGE_DEV_TOOLING,
      }) as NonNullable<typeof config.plugins>[number];
      return {
        resolve,
        plugins: [compileHint],
        module: {
          rules: [
            {
              test: /[\\/]@docusaurus[\\/]theme-common[\\/]lib[\\/]utils[\\/]reactUtils\.js$/,
              use: [{loader: path.join(__dirname, 'shallow-memo-loader.cjs')}],
            },
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
