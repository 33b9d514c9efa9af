import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {Prism, type PrismTheme} from 'prism-react-renderer';
import {tokenCss, tokenKinds} from '../config/prism';
import {highlightedCode} from '../build-tools/docs';

export interface PrismCssOptions {
  readonly light: PrismTheme;
  readonly dark: PrismTheme;
}

/** prism-react-renderer's Prism with the site's additional languages, as the theme's prism-include-languages sets it up. */
function sitePrism(additionalLanguages: readonly string[]): typeof Prism {
  const before = (globalThis as {Prism?: unknown}).Prism;
  (globalThis as {Prism?: unknown}).Prism = Prism;
  for (const language of additionalLanguages) require(`prismjs/components/prism-${language}`);
  (globalThis as {Prism?: unknown}).Prism = before;
  return Prism;
}

/**
 * The code blocks' colours as a stylesheet (config/prism.ts, tokenCss), loaded on every page like the theme's CSS.
 * Docusaurus is given a theme without colours, so the highlighted HTML carries classes only. The tokens of the
 * site's code (docs/) are read for the few kinds that need a rule of their own.
 */
export default function prismCssPlugin(context: LoadContext, options: PrismCssOptions): Plugin<void> {
  const file = path.join(context.generatedFilesDir, 'kb-prism', 'tokens.css');
  const prism = (context.siteConfig.themeConfig as {prism?: {additionalLanguages?: string[]}}).prism;
  return {
    name: 'prism-css',
    getClientModules: () => [file],
    // Runs before bundling, and again in the dev server when a page changes: its code may hold a new kind of token.
    async loadContent() {
      const blocks = highlightedCode().map((b) => ({language: b.lang, code: b.code}));
      const kinds = tokenKinds(sitePrism(prism?.additionalLanguages ?? []), blocks);
      mkdirSync(path.dirname(file), {recursive: true});
      writeFileSync(file, tokenCss(options.light, options.dark, kinds));
    },
    getPathsToWatch: () => ['docs/**/*.{md,mdx}'],
  };
}
