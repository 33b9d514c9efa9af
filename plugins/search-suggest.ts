import type {Plugin} from '@docusaurus/types';
import {buildSuggestIndex} from '../build-tools/search-suggest';

/**
 * The search box's suggestion index (build-tools/search-suggest.ts) as @generated/search-suggest/default/index.json,
 * to be loaded when a reader first focuses the box. A synonym pointing at a missing page stops the build.
 */
export default function searchSuggestPlugin(): Plugin<void> {
  return {
    name: 'search-suggest',
    async contentLoaded({actions}) {
      await actions.createData('index.json', JSON.stringify(buildSuggestIndex()));
    },
  };
}
