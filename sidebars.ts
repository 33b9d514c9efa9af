import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';
import {chapters} from './src/data/chapters';

type SidebarItem = SidebarsConfig[string] extends infer S ? (S extends readonly (infer I)[] ? I : never) : never;

// One category per chapter, in the seed's order; the chapter's first page is the category link.
const sidebars: SidebarsConfig = {
  kb: chapters.map(
    ({title, index, pages}): SidebarItem =>
      pages.length === 0
        ? {type: 'doc', id: index, label: title}
        : {type: 'category', label: title, link: {type: 'doc', id: index}, collapsed: pages.length > 10, items: [...pages]},
  ),
};

export default sidebars;
