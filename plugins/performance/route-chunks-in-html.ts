/**
 * Tweak `route-chunks-in-html`: puts each page's route chunks into its HTML, next to runtime~main.js and main.js.
 *
 * Docusaurus means to: while it renders a page, react-loadable reports the route modules (`@theme/DocItem`,
 * `@site/docs/x.md`, …), and the template gets their chunk files from the client manifest. But the manifest lists
 * chunks under their chunk names ("17896441") and module ids, not under those module requests, so the page gets the
 * entry scripts only. main.js then finds the route's chunks while it runs and creates a script element (and a
 * 120 s timeout) for each: 30–40 % of main.js's start-up task in Lighthouse's traces of a pattern page, and one
 * more round trip before hydration. After the client build, this plugin adds each module request of
 * .docusaurus/registry.js to the manifest with its chunk name's chunks. The boot-after-paint template loads them
 * before main.js; Docusaurus's own template lists them as `defer` scripts after main.js, which still saves the round
 * trip (main.js's loader finds the script elements already there).
 *
 * Measured gain: 2026-12-01, Lighthouse mobile traces, 3 runs before and after: main.js's start-up task 25–51 ms →
 * 13–25 ms.
 * Measured 2026-12-03 (BENCH_EACH=1 npm run bench, Lighthouse mobile, 3-run medians, without → with): TBT 61 → 0 ms
 * (doc page), 62 → 4 ms (pattern page).
 * Unnecessary when: Docusaurus's client manifest maps route module requests to their chunks with Rspack (3.10.2 does
 * not; no upstream issue found on 2026-12-03). The build fails if registry.js changes form.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/** What react-loadable-ssr-addon writes to .docusaurus/client-manifest.json (the parts read here). */
interface ClientManifest {
  origins: Record<string, string[]>;
}

/** [module request, chunk name] of each route module in .docusaurus/registry.js. */
export function registryModules(registry: string): [request: string, chunkName: string][] {
  const found = [...registry.matchAll(/import\(\/\* webpackChunkName: "([^"]+)" \*\/ "([^"]+)"\)/g)].map(
    ([, chunkName, request]): [string, string] => [request!, chunkName!],
  );
  if (found.length === 0) throw new Error('plugins/performance/route-chunks-in-html.ts: no route module found in .docusaurus/registry.js; its format has changed.');
  return found;
}

/** Adds, for each route module, the manifest's chunks of its chunk name under the module's request. */
export function addRouteModuleOrigins(manifest: ClientManifest, modules: readonly [string, string][]): ClientManifest {
  const origins = {...manifest.origins};
  for (const [request, chunkName] of modules) {
    const chunks = manifest.origins[chunkName];
    if (chunks) origins[request] = chunks;
  }
  return {...manifest, origins};
}

/** Adds each route module request to the client manifest after the client build (see the header). */
export default function routeChunksInHtml(context: LoadContext): Plugin<void> {
  const manifestPath = path.join(context.generatedFilesDir, 'client-manifest.json');
  const registryPath = path.join(context.generatedFilesDir, 'registry.js');
  return {
    name: 'kb-route-chunks-in-html',
    configureWebpack(config, isServer) {
      // Only the client build of `docusaurus build` writes the manifest (react-loadable-ssr-addon); the dev server
      // renders in the browser and has none.
      const writesManifest = config.plugins?.some((plugin) => plugin?.constructor?.name === 'ReactLoadableSSRAddon');
      if (isServer || !writesManifest) return {};
      const addOrigins = {
        apply(compiler: {hooks: {afterEmit: {tap: (name: string, fn: () => void) => void}}}) {
          compiler.hooks.afterEmit.tap('route-chunks', () => {
            const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as ClientManifest;
            const modules = registryModules(readFileSync(registryPath, 'utf8'));
            writeFileSync(manifestPath, JSON.stringify(addRouteModuleOrigins(manifest, modules)));
          });
        },
      };
      return {plugins: [addOrigins]};
    },
  };
}
