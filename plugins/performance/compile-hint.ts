/**
 * Tweak `compile-hint`: main.js starts with V8's explicit compile hint `//# allFunctionsCalledOnLoad` (Chrome 136+,
 * https://v8.dev/blog/explicit-compile-hints). Nearly all of main.js's functions run at start-up, so V8 compiles
 * them all while the file streams in, off the main thread, instead of one by one on the main thread as each is first
 * called. Added after minification (which drops comments), before the content hash. Other browsers ignore it.
 *
 * Measured gain: 2026-12-01, Lighthouse mobile traces of the pattern page, 3 runs before and after: main.js's
 * evaluation 29–41 ms → 19–33 ms.
 * Measured 2026-12-03 (BENCH_EACH=1 npm run bench, Lighthouse mobile, 3-run medians, without → with): TBT 52 → 0 ms
 * (doc page), 45 → 4 ms (pattern page).
 * Unnecessary when: V8 compiles eagerly on its own (no browser does so for a plain script as of Chrome 156), or
 * Rspack emits the hint (no such option in @rspack/core 1.x).
 */
import type {Plugin} from '@docusaurus/types';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

interface BundlerWithBanner {
  BannerPlugin: new (options: object) => object;
  Compilation: {PROCESS_ASSETS_STAGE_DEV_TOOLING: number};
}

export default function compileHint(): Plugin {
  return {
    name: 'kb-compile-hint',
    configureWebpack(_config, isServer, {currentBundler}) {
      if (isServer) return {};
      const {BannerPlugin, Compilation} = currentBundler.instance as unknown as BundlerWithBanner;
      const banner = new BannerPlugin({
        banner: COMPILE_HINT,
        raw: true,
        test: /(^|[\\/])main\.[0-9a-f]+\.js$/,
        stage: Compilation.PROCESS_ASSETS_STAGE_DEV_TOOLING,
      });
      return {plugins: [banner as never]};
    },
  };
}
