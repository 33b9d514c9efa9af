import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';
import {chapters} from './src/data/chapters';

type SidebarItem = SidebarsConfig[string] extends infer S ? (S extends readonly (infer I)[] ? I : never) : never;

// One category per chapter, in the seed's order; the chapter's first page is the category link.
const sidebars: SidebarsConfig = {
  kb: chapters.map(
    ({title, index, pages, groups}): SidebarItem =>
      pages.length === 0
        ? {type: 'doc', id: index, label: title}
        : {
            type: 'category',
            label: title,
            link: {type: 'doc', id: index},
            collapsed: pages.length > 10,
            // A long chapter (the 49 patterns) lists its pages in groups, each a category of its own.
            items: groups
              ? groups.map((g): SidebarItem => ({type: 'category', label: g.label, collapsed: true, items: [...g.pages]}))
              : [...pages],
          },
  ),
};

export default sidebars;
