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
 * CNCF project maturity levels. Criteria summarised, as of 2026-12-03, from the CNCF TOC's lifecycle document
 * (https://github.com/cncf/toc/blob/main/process/README.md) and, for incubating and graduated, its application
 * templates (.github/ISSUE_TEMPLATE/template-incubation-application.md, template-graduation-application.md).
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
      '至少三个独立采用者已按孵化所需程度使用（开发或测试即可），并经 TOC 核实',
      '维护者数量与项目规模相称，维护者的加入与退出流程有文档并实际执行过',
      '提交技术与治理自评，获得 OpenSSF 最佳实践 passing 徽章，尽职调查后经 TOC 三分之二多数票通过',
    ],
  },
  {
    id: 'graduated',
    name: '毕业',
    english: 'Graduated',
    segment: 'early-majority',
    criteria: [
      '至少三个独立采用者已在生产环境中使用，并经 TOC 核实',
      '维护者来自至少两个组织，保证项目能持续下去',
      '完成第三方安全审查，获得 OpenSSF 最佳实践 passing 徽章（建议 silver 或 gold），经 TOC 三分之二多数票通过',
    ],
  },
  {
    id: 'archived',
    name: '归档',
    english: 'Archived',
    criteria: ['不再活跃开发的项目，经 TOC 投票归档，代码与历史保留'],
  },
];
