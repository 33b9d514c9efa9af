import {readdirSync, readFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import {listFiles} from './docs';
import {importEsm} from './esm';

/**
 * The full-text index of the /search page, written by Pagefind (its extended build, which segments Chinese) into
 * <outDir>/pagefind/ after the build. Only doc pages are indexed, and only their Markdown body: navbar, sidebar,
 * breadcrumbs and table of contents are outside it, and the controls inside it (sort hints, filter forms, copy-link
 * controls, heading anchors, glossary tooltips) are cut out, so a snippet never reads "↕，按此列排序".
 */

/** Where a doc page's own content is (Docusaurus's DocItem/Content); pages without it are not indexed. */
export const BODY_MARKER = 'theme-doc-markdown';

/**
 * Inside the body, what is not text to search: heading anchors, tooltips repeating a definition, controls (the
 * JavaScript-only hints such as "，按此列排序", the copy-link controls and other screen-only chrome, which print.css
 * drops as .kb-no-print), filter forms, status lines and the figures' SVG labels. A sortable column's name is inside
 * its button and stays.
 */
export const EXCLUDED_SELECTORS = [
  '.hash-link',
  '.kb-term-tip',
  '.kb-needs-js',
  '.kb-no-print',
  'select',
  'form',
  'svg',
  '[role="status"]',
] as const;

/** Files of Pagefind's own search UIs (pagefind-ui.js, pagefind-component-ui.css…), which the site does not use. */
const UNUSED_UI = /^pagefind-(ui|modular-ui|component-ui)\./;

/** Every file under dir, as paths relative to it (forward slashes). */
const filesUnder = (dir: string) => listFiles(dir, /./).map((f) => path.relative(dir, f).split(path.sep).join('/'));

/**
 * A doc file's site path: docs/a/b.html → /docs/a/b, docs/a/index.html → /docs/a. Without the base URL: Pagefind's
 * browser module adds the one it is served under (…/kb/pagefind/pagefind.js → /kb/).
 */
export function pageUrl(rel: string): string {
  return `/${rel.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '')}`;
}

/**
 * The doc body marked for Pagefind: the first element whose class list holds BODY_MARKER gets data-pagefind-body,
 * which also makes Pagefind ignore every page without it (redirect stubs, the home page, the 404 page).
 */
export function markBody(html: string): string | null {
  const marked = html.replace(/<div class="([^"]*\btheme-doc-markdown\b[^"]*)"/, '<div data-pagefind-body="" class="$1"');
  return marked === html ? null : marked;
}

export interface PagefindResult {
  readonly pages: number;
  /** The files written, relative to <outDir>/pagefind. */
  readonly files: readonly string[];
}

/** Indexes outDir's doc pages into outDir/pagefind; throws, naming the step, when Pagefind fails or finds nothing. */
export async function writePagefindIndex(outDir: string): Promise<PagefindResult> {
  // Pagefind's Node API (an ES module only).
  const pagefind = await importEsm<typeof import('pagefind')>('pagefind', 'lib/index.js');
  const output = path.join(outDir, 'pagefind');
  rmSync(output, {recursive: true, force: true});
  const {index, errors} = await pagefind.createIndex({
    excludeSelectors: [...EXCLUDED_SELECTORS],
    forceLanguage: 'zh',
  });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    let pages = 0;
    for (const rel of filesUnder(path.join(outDir, 'docs')).filter((f) => f.endsWith('.html')).map((f) => `docs/${f}`)) {
      const content = markBody(readFileSync(path.join(outDir, rel), 'utf8'));
      if (!content) continue;
      const added = await index.addHTMLFile({url: pageUrl(rel), content});
      if (added.errors.length) throw new Error(`Pagefind could not index ${rel}: ${added.errors.join('; ')}`);
      pages++;
    }
    if (pages === 0) throw new Error(`Pagefind found no doc page (no element of class ${BODY_MARKER}) under ${outDir}/docs`);
    const written = await index.writeFiles({outputPath: output});
    if (written.errors.length) throw new Error(`Pagefind could not write ${output}: ${written.errors.join('; ')}`);
    // Pagefind's ready-made search UIs: the site has its own page, and an offline copy need not carry them.
    for (const file of readdirSync(output)) if (UNUSED_UI.test(file)) rmSync(path.join(output, file));
    return {pages, files: filesUnder(output)};
  } finally {
    await pagefind.close();
  }
}
