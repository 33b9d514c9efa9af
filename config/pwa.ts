import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Options} from '@docusaurus/plugin-pwa';
import {pagefindWritten} from '../plugins/search-pagefind';

/**
 * Offline reading (@docusaurus/plugin-pwa): after the first visit the service worker has the whole site — every
 * page's HTML, the CSS and JS, and both search indexes — so pages open and search answers without a network.
 * Not precached: images (social cards, app icons, the diagrams: src/sw-custom.js keeps each diagram a reader has
 * seen; only the navbar's logo and the favicon are), the JSON data files, Markdown copies and llms*.txt.
 */
const PRECACHE_IGNORES = ['**/*.{png,jpg,jpeg,gif,ico,webp}', 'img/social/**', 'img/icon-*', 'diagrams/**', 'data/**', '**/*.md', 'llms*.txt', 'downloads/**', '**/*.{woff,woff2,eot,ttf,otf}'];

/** A precache entry as workbox-build hands it to a manifest transform. */
interface Entry {
  url: string;
  revision: string | null;
  size: number;
}


export function pwaOptions(baseUrl: string): Options {
  return {
    // The whole site offline for every reader, not only for an installed app.
    offlineModeActivationStrategies: ['always'],
    swCustom: path.join(__dirname, '../src/sw-custom.js'),
    // The plugin's registration, started after load when the browser is idle (src/client/register-sw.ts).
    swRegister: path.join(__dirname, '../src/client/register-sw.ts'),
    // swSrc and swDest are the plugin's own (it sets them after these options).
    injectManifestConfig: {
      globIgnores: PRECACHE_IGNORES,
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      manifestTransforms: [
        // Pages are served at clean URLs (/docs/x for docs/x.html), and the service worker looks a request up by its
        // URL: list each page under the URL readers open.
        (entries: Entry[]) => ({
          manifest: entries.map((e) => (/(^|\/)(index|404)\.html$/.test(e.url) || !e.url.endsWith('.html') ? e : {...e, url: e.url.slice(0, -'.html'.length)})),
          warnings: [],
        }),
        // Adds Pagefind's files once the search plugin has written them: its postBuild runs alongside this one, so
        // the plugin's file patterns may or may not have seen them, and they do not match the index files at all.
        async (entries: Entry[]) => {
          const {outDir, files} = await pagefindWritten;
          const listed = new Set(entries.map((e) => e.url));
          const added = files
            .filter((f) => !listed.has(`pagefind/${f}`))
            .map((f): Entry => {
              const body = readFileSync(path.join(outDir, 'pagefind', f));
              return {url: `pagefind/${f}`, revision: createHash('md5').update(body).digest('hex'), size: body.length};
            });
          return {manifest: [...entries, ...added], warnings: []};
        },
      ],
    } as unknown as Options['injectManifestConfig'],
    pwaHead: [
      {tagName: 'link', rel: 'manifest', href: `${baseUrl}manifest.json`},
      {tagName: 'meta', name: 'theme-color', content: '#0b6e4f'},
      {tagName: 'link', rel: 'apple-touch-icon', href: `${baseUrl}img/icon-192.png`},
    ],
  };
}
