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

/** Chinese names of the CNCF landscape's categories (the English names are the landscape's own). */
export const CNCF_CATEGORY_LABELS: Readonly<Record<string, string>> = {
  'App Definition and Development': '应用定义与开发',
  'Orchestration & Management': '编排与管理',
  Runtime: '运行时',
  Provisioning: '资源供给',
  'Observability and Analysis': '可观测性与分析',
  Platform: '平台',
  Serverless: '无服务器',
  Wasm: 'WebAssembly',
  Inference: '模型推理',
};

/** CNCF maturity levels, in the order of the table's drop-down and of its sorting (highest first). */
export const CNCF_LEVEL_LABELS = {graduated: '毕业', incubating: '孵化', sandbox: '沙箱', archived: '归档'} as const;
