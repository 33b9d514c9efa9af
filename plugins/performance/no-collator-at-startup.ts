/**
 * Tweak `no-collator-at-startup`: @docusaurus/theme-common's useShallowMemoObject (lib/utils/reactUtils.js) sorts an
 * object's keys with String.prototype.localeCompare, only to give useMemo's dependencies a stable order. A page's
 * first localeCompare sets up ICU's collator, about 12 ms of main thread on this machine, and on every doc page that
 * first call came during hydration (the docs sidebar's navbar filler, a code block's word-wrap hook). The loader
 * (no-collator-at-startup-loader.cjs) compares code units instead: the same stable order for these ASCII keys.
 * The build fails if the theme's code no longer matches.
 *
 * Measured gain: 2026-12-01, Chromium trace with 4× CPU slowdown: ICU collator set-up, about 12 ms, gone from
 * hydration.
 * Measured 2026-12-03 (BENCH_EACH=1 npm run bench, Lighthouse mobile, 3-run medians, without → with): TBT 34 → 0 ms
 * (doc page), 21 → 4 ms (pattern page): small, the same direction on both.
 * Unnecessary when: the theme sorts without localeCompare (3.10.2 still calls it; no upstream issue found on 2026-12-03).
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

export default function noCollatorAtStartup(): Plugin {
  return {
    name: 'kb-no-collator-at-startup',
    configureWebpack() {
      return {
        module: {
          rules: [
            {
              test: /[\\/]@docusaurus[\\/]theme-common[\\/]lib[\\/]utils[\\/]reactUtils\.js$/,
              use: [{loader: path.join(__dirname, 'no-collator-at-startup-loader.cjs')}],
            },
          ],
        },
      };
    },
  };
}
