/**
 * Tweak `strip-doc-descriptions`: every doc page loads the docs plugin's version metadata
 * (.docusaurus/docusaurus-plugin-content-docs/<id>/p/*.json), which carries each doc's `description`. The theme reads
 * those only for DocCard (category index cards), which this site does not use. The loader
 * (strip-doc-descriptions-loader.cjs) drops them; page descriptions in <meta> and search come from each page's own
 * metadata and are unaffected.
 *
 * Measured gain: 2026-11, the metadata chunk 8.7 → 3.7 KB gzipped on every doc page.
 * Measured 2026-12-03 (BENCH_EACH=1 npm run bench, Lighthouse mobile, 3-run medians, without → with): JS 164.3 →
 * 159.0 KB gzipped (doc page), 177.4 → 172.8 KB (pattern page).
 * Unnecessary when: the docs plugin loads descriptions only where DocCard needs them (3.10.2 sends them to every doc
 * page; no upstream issue found on 2026-12-03).
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

export default function stripDocDescriptions(): Plugin {
  return {
    name: 'kb-strip-doc-descriptions',
    configureWebpack() {
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
      };
    },
  };
}
