declare module '@generated/glossary/default/terms.json' {
  import type {GlossaryPages} from '@site/src/data/glossary-entries';
  const data: GlossaryPages['terms'];
  export default data;
}

declare module '@generated/glossary/default/patterns.json' {
  import type {GlossaryPages} from '@site/src/data/glossary-entries';
  const data: GlossaryPages['patterns'];
  export default data;
}

declare module '@generated/page-index/default/pages.json' {
  /** Every doc page's id, URL and title (plugins/page-index.ts). */
  const pages: ReadonlyArray<{readonly id: string; readonly path: string; readonly title: string}>;
  export default pages;
}

declare module '@generated/cncf-stats/default/stats.json' {
  /** The numbers of the CNCF maturity figures (plugins/cncf-stats.ts). */
  const stats: import('@site/src/components/CncfCharts/stats').CncfStats;
  export default stats;
}

declare module '@generated/change-notes/default/notes.json' {
  /** Every <ChangeNote> of docs/, by chapter and page (plugins/change-notes.ts). */
  const groups: ReadonlyArray<{
    readonly slug: string;
    readonly chapter: string;
    readonly pages: ReadonlyArray<{
      readonly title: string;
      readonly path: string;
      readonly notes: ReadonlyArray<{readonly id: string; readonly kind: '现状' | '补充'; readonly summary: string}>;
    }>;
  }>;
  export default groups;
}

declare module '@generated/search-suggest/default/index.json' {
  import type {SuggestIndex} from '@site/src/components/Search/suggest';
  const index: SuggestIndex;
  export default index;
}
