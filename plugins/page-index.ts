import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';

/**
 * Every doc page's URL and title, for two readers' aids that work from the same list: the site map at /site-map
 * (server-rendered; the way around the site on a phone without JavaScript) and the 404 page's suggestions, which
 * load the list only when a reader lands on a missing page (@generated/page-index/default/pages.json).
 */
export default function pageIndexPlugin(context: LoadContext): Plugin<void> {
  return {
    name: 'page-index',
    async allContentLoaded({allContent, actions}) {
      const docs = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      const version = docs?.loadedVersions[0];
      if (!version) throw new Error('plugins/page-index.ts: the docs plugin loaded no version');
      const pages = version.docs.map((doc) => ({id: doc.id, path: doc.permalink, title: doc.title}));
      const data = await actions.createData('pages.json', JSON.stringify(pages));
      actions.addRoute({
        path: `${context.baseUrl}site-map`,
        component: '@site/src/components/SiteMap/index.tsx',
        exact: true,
        modules: {pages: data},
      });
    },
  };
}
