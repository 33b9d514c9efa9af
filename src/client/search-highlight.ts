import type {ClientModule} from '@docusaurus/types';
import siteConfig from '@generated/docusaurus.config';

/**
 * Marks the words of ?_highlight= (set by the search box and the /search page's links) in the doc's body, with
 * the highlighter Pagefind writes next to its index (mark.js inside). Loaded only on pages opened that way.
 */
const PARAM = '_highlight';

const clientModule: ClientModule = {
  onRouteDidUpdate({location}) {
    if (!new URLSearchParams(location.search).has(PARAM)) return;
    const base = siteConfig.baseUrl;
    // After React's commit of the new route, so the marks are not undone by hydration.
    window.requestAnimationFrame(() => {
      void (import(/* webpackIgnore: true */ `${base}pagefind/pagefind-highlight.js`) as Promise<{default: new (o: object) => unknown}>)
        .then(({default: PagefindHighlight}) => {
          new PagefindHighlight({
            highlightParam: PARAM,
            markContext: '.theme-doc-markdown',
            addStyles: false,
            markOptions: {className: 'kb-search-highlight', exclude: ['.hash-link', '.kb-term-tip', 'button']},
          });
        })
        .catch(() => undefined); // Offline without the highlighter: the page reads the same, unmarked.
    });
  },
};

export default clientModule;
