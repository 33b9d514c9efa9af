import type {AdoptionSegmentRecord, MaturityLevel} from './schema';

/** The technology adoption life cycle behind 图 1 (Rogers; Moore, “Crossing the Chasm”), left to right. */
export const adoptionSegments: readonly AdoptionSegmentRecord[] = [
  {id: 'innovators', name: '创新者', english: 'Innovators', percent: 2.5},
  {id: 'early-adopters', name: '早期采用者', english: 'Early Adopters', percent: 13.5},
  {id: 'early-majority', name: '早期大众', english: 'Early Majority', percent: 34},
  {id: 'late-majority', name: '后期大众', english: 'Late Majority', percent: 34},
  {id: 'laggards', name: '落后者', english: 'Laggards', percent: 16},
];

/**
 * CNCF project maturity levels. Criteria summarised from the CNCF TOC process documents
 * (https://github.com/cncf/toc/tree/main/process), as of 2026.
 */
export const maturityLevels: readonly MaturityLevel[] = [
  {
    id: 'sandbox',
    name: '沙箱',
    english: 'Sandbox',
    segment: 'innovators',
    criteria: [
      '项目处于早期，符合 CNCF 使命并愿意在中立的治理下发展',
      '经 TOC 投票接受，采用 CNCF 行为准则与知识产权政策',
      '不要求已有生产用户',
    ],
  },
  {
    id: 'incubating',
    name: '孵化',
    english: 'Incubating',
    segment: 'early-adopters',
    criteria: [
      '至少有三个独立的最终用户在生产中成功使用',
      '有健康的提交者群体，持续有提交和合并的贡献',
      '通过 TOC 的尽职调查，TOC 超级多数投票通过',
    ],
  },
  {
    id: 'graduated',
    name: '毕业',
    english: 'Graduated',
    segment: 'early-majority',
    criteria: [
      '提交者来自至少两个组织',
      '获得并保持 OpenSSF 最佳实践徽章，完成第三方安全审计',
      '明确的治理规则与维护者流程，TOC 超级多数投票通过',
    ],
  },
  {
    id: 'archived',
    name: '归档',
    english: 'Archived',
    criteria: ['不再活跃开发的项目，经 TOC 投票归档，代码与历史保留'],
  },
];
