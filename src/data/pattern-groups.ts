import type {Pattern} from './schema';

/**
 * How the patterns are listed for readers (sidebar, explorer, previous/next): by where a pattern stands today, then
 * by the pinyin of its Chinese name. patterns.ts keeps its records in this order (tests/unit/patterns.test.ts).
 */
export const PATTERN_GROUPS = [
  {id: 'azure', title: 'Azure 云设计模式', summary: '今天 Azure 架构中心模式目录中的模式。'},
  {id: 'container', title: '容器设计模式', summary: '只见于 Burns 与 Oppenheimer 容器模式论文（HotCloud 2016）的模式。'},
  {id: 'other', title: '其他模式', summary: '已移出 Azure 目录的模式，以及原文 DFX 列表独有的模式。'},
] as const;

export type PatternGroupId = (typeof PATTERN_GROUPS)[number]['id'];

/** A pattern's group: in today's Azure catalog; only in the container paper; otherwise (removed, DFX only). */
export function patternGroup(p: Pick<Pattern, 'status' | 'sources'>): PatternGroupId {
  if (p.status === 'listed' || p.status === 'renamed' || p.status === 'new') return 'azure';
  if (p.sources.includes('container-paper')) return 'container';
  return 'other';
}
