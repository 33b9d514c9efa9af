/**
 * Tweak `no-startup-prism`: the classic theme sets Prism up in a client module (lib/prism-include-languages), that
 * is in main.js on every page. This tweak replaces that module with an empty one (src/client/no-startup-prism.ts);
 * src/theme/CodeBlock/Content loads Prism in its own chunk when React first creates a code block (server-rendered
 * blocks are coloured by CSS classes and kept as they are on hydration, plugins/prism-css.ts).
 *
 * Measured gain: 2026-12-01, Lighthouse mobile, pattern page, 3 runs before and after: hydration no longer waits
 * 33–52 ms for Prism's chunk; main.js smaller.
 * Measured 2026-12-03 (BENCH_EACH=1 npm run bench, Lighthouse mobile, 3-run medians, without → with): JS 188.8 →
 * 159.0 KB gzipped (doc page), 201.9 → 172.8 KB (pattern page); pattern page TBT 182 → 4 ms.
 * Unnecessary when: the theme loads Prism lazily itself (open upstream: facebook/docusaurus#8349, "lazy load prism
 * languages"; not done in 3.10.2).
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

const STARTUP_PRISM = path.join(path.dirname(require.resolve('@docusaurus/theme-classic/package.json')), 'lib/prism-include-languages');
const STAND_IN = path.resolve(__dirname, '../../src/client/no-startup-prism.ts');

export default function noStartupPrism(): Plugin {
  return {
    name: 'kb-no-startup-prism',
    configureWebpack() {
      // Both builds: the server bundle imports the client modules too.
      return {resolve: {alias: {[`${STARTUP_PRISM}$`]: STAND_IN}}};
    },
  };
}
