/**
 * The site's performance tweaks, one module each, and the switch that turns them off.
 *
 * KB_TWEAKS (read at build time)
 *   unset or "all"     every tweak (what the site ships)
 *   "none"             no tweak: Docusaurus as it comes, with the site's content, theme and components
 *   "a,b"              only these
 *   "-a,-b"            all but these
 * An unknown name stops the build with the list of known ones.
 *
 * Each module's header says what it does, what it bought when it was added (date and method), and what upstream
 * change would make it unnecessary; `BENCH_EACH=1 npm run bench` measures today's gain of each (CONTRIBUTING.md, 性能测量; the 关于本站 page shows it).
 * Not switchable here, because they are how components are written rather than build settings: code colours as CSS
 * classes (plugins/prism-css.ts), controls that mount in idle time (useIdleMount), filters that are `inert` until
 * hydration, memoised rows and cards.
 */
import type {Plugin, PluginConfig} from '@docusaurus/types';
import {ssrTemplate} from './boot-after-paint';
import compileHint from './compile-hint';
import idlePrefetch from './idle-prefetch';
import noCollatorAtStartup from './no-collator-at-startup';
import noStartupPrism from './no-startup-prism';
import patternDataChunk from './pattern-data-chunk';
import routeChunksInHtml from './route-chunks-in-html';
import stripDocDescriptions from './strip-doc-descriptions';

/** Every tweak, by name, with the plugin that applies it (boot-after-paint is the HTML template instead). */
const PLUGINS = {
  'boot-after-paint': null,
  'route-chunks-in-html': routeChunksInHtml,
  'compile-hint': compileHint,
  'no-startup-prism': noStartupPrism,
  'no-collator-at-startup': noCollatorAtStartup,
  'idle-prefetch': idlePrefetch,
  'strip-doc-descriptions': stripDocDescriptions,
  'pattern-data-chunk': patternDataChunk,
} as const;

export type TweakName = keyof typeof PLUGINS;
export const TWEAK_NAMES = Object.keys(PLUGINS) as TweakName[];

const isTweak = (name: string): name is TweakName => Object.hasOwn(PLUGINS, name);

/** The tweaks KB_TWEAKS asks for, in TWEAK_NAMES order; throws on a name that is not a tweak. */
export function selectTweaks(value: string | undefined): TweakName[] {
  const spec = (value ?? '').trim();
  if (spec === '' || spec === 'all') return [...TWEAK_NAMES];
  if (spec === 'none') return [];
  const items = spec.split(',').map((item) => item.trim()).filter(Boolean);
  const without = items.filter((item) => item.startsWith('-'));
  if (without.length > 0 && without.length < items.length) {
    throw new Error(`Invalid KB_TWEAKS=${JSON.stringify(value)}: list the tweaks to keep ("a,b") or to drop ("-a,-b"), not both.`);
  }
  const names = items.map((item) => item.replace(/^-/, ''));
  const unknown = names.filter((name) => !isTweak(name));
  if (unknown.length > 0) {
    throw new Error(
      `Invalid KB_TWEAKS=${JSON.stringify(value)}: no tweak named ${unknown.map((n) => JSON.stringify(n)).join(', ')}. ` +
        `Use all, none, a list of names or of -names; the tweaks: ${TWEAK_NAMES.join(', ')}.`,
    );
  }
  return TWEAK_NAMES.filter((name) => (without.length > 0 ? !names.includes(name) : names.includes(name)));
}

/**
 * Keys Rspack's persistent cache (node_modules/.cache) to the selection. Docusaurus versions that cache by its own
 * version, the theme aliases and the config file's content, not by the environment: a build with other KB_TWEAKS
 * would reuse modules transformed with the loaders and aliases of the last one (seen on 2026-12-03: builds without
 * strip-doc-descriptions still had the descriptions stripped).
 */
export function tweakCacheKey(tweaks: readonly TweakName[]): Plugin {
  return {
    name: 'kb-tweak-cache-key',
    configureWebpack(config) {
      const cache = (config as {experiments?: {cache?: unknown}}).experiments?.cache;
      if (cache && typeof cache === 'object' && 'version' in cache && typeof cache.version === 'string') {
        cache.version = `${cache.version}-tweaks:${tweaks.join(',') || 'none'}`;
      }
      return {};
    },
  };
}

/** What docusaurus.config.ts takes from the selected tweaks: plugins, and the HTML template (undefined: Docusaurus's). */
export function performanceConfig(tweaks: readonly TweakName[]): {plugins: PluginConfig[]; ssrTemplate: string | undefined} {
  const plugins = tweaks.flatMap((name) => {
    const plugin = PLUGINS[name];
    return plugin ? [plugin as PluginConfig] : [];
  });
  return {plugins: [() => tweakCacheKey(tweaks), ...plugins], ssrTemplate: tweaks.includes('boot-after-paint') ? ssrTemplate : undefined};
}
