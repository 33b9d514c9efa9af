import {writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {atomFeed, FEED_PATH} from '../build-tools/atom-feed';
import {siteChanges} from '../src/data/site-changes';

/**
 * The Atom feed of the site's changes (/changes.atom, from src/data/site-changes.ts, like the changelog page's
 * table), linked from every page's head for feed readers.
 */
export default function siteChangesPlugin(context: LoadContext): Plugin<void> {
  const {siteConfig, baseUrl} = context;
  return {
    name: 'site-changes',
    injectHtmlTags() {
      return {
        headTags: [
          {tagName: 'link', attributes: {rel: 'alternate', type: 'application/atom+xml', title: `${siteConfig.title} · 网站更新`, href: `${baseUrl}${FEED_PATH}`}},
        ],
      };
    },
    async postBuild({outDir}) {
      writeFileSync(path.join(outDir, FEED_PATH), atomFeed(siteChanges, {title: siteConfig.title, url: `${siteConfig.url}${baseUrl}`}));
    },
  };
}
