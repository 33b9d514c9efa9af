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
