/** Chinese labels of the closed vocabularies in schema.ts, shared by tables, pattern pages and the explorer. */
import type {PatternSource, PatternStatus, Pillar} from './schema';

export const PILLAR_LABELS: Readonly<Record<Pillar, string>> = {
  reliability: '可靠性',
  security: '安全性',
  'cost-optimization': '成本优化',
  'operational-excellence': '卓越运营',
  'performance-efficiency': '性能效率',
};

export const SOURCE_LABELS: Readonly<Record<PatternSource, string>> = {
  'azure-2018': 'Azure 目录（2018，原文）',
  'azure-2015': 'Azure 2015 年版（原文表格 3）',
  dfx: '原文 DFX 列表（表格 4）',
  'azure-current': 'Azure 当前目录',
  'container-paper': '容器设计模式论文（2016）',
};

export const STATUS_LABELS: Readonly<Record<PatternStatus, string>> = {
  listed: '仍在 Azure 目录',
  renamed: '已更名',
  new: '2018 年后新增',
  removed: '已从 Azure 目录移除',
  'not-azure': '不在 Azure 目录',
};

// The 2026 data's labels are in ./labels-2026.ts: the pattern records' chunk (plugins/performance/pattern-data-chunk.ts)
// takes this module with it, and the CNCF and mesh pages, which need no pattern data, would load it for a few labels.
