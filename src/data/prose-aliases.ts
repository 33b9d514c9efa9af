/**
 * One name per pattern in the site's own prose: its Chinese name in patterns.ts, the Chinese Azure catalog's name
 * (learn.microsoft.com/zh-cn/azure/architecture/patterns; checked on 2026-12-03 on the current category and pattern
 * pages for 代表, 协调, Sidecar, 领导选拔 and 防损层; the others as in its 2018 edition, which the seed quotes). The other
 * names readers know are the pattern's aliases (search, glossary, the pattern page's "又称").
 * These aliases name the pattern unambiguously, so prose must not use them for it: tests/unit/prose-aliases.test.ts
 * flags them in docs/, diagram labels and the data's prose, except inside “…” (a name mentioned as a name, as in
 * 也常译作“边车”), tables and quotations, where the seed's own wording stays.
 */
export interface ProseAlias {
  /** What is not written: a string, or a pattern for a word that is an alias only in some contexts. */
  readonly alias: string | RegExp;
  /** Slug of the pattern in patterns.ts whose Chinese name is written instead. */
  readonly pattern: string;
}

export const PROSE_ALIASES: readonly ProseAlias[] = [
  {alias: '外交官', pattern: 'ambassador'},
  {alias: '大使', pattern: 'ambassador'},
  {alias: '跨斗', pattern: 'sidecar'},
  {alias: '边车', pattern: 'sidecar'},
  {alias: '编舞', pattern: 'choreography'},
  // 协同 is an everyday word (协同工作); as the name of the choreography style it stands before these.
  {alias: /协同(?=（Choreography）|方式|模式)/, pattern: 'choreography'},
  {alias: '领导选举', pattern: 'leader-election'},
  {alias: '领导者选举', pattern: 'leader-election'},
  {alias: '舱壁', pattern: 'bulkhead'},
  {alias: '防腐层', pattern: 'anti-corruption-layer'},
  {alias: '旁路缓存', pattern: 'cache-aside'},
  {alias: '竞争消费者', pattern: 'competing-consumers'},
];
