import type {ContainerPattern} from './schema';

/**
 * 表格 5 容器设计模式列表, in the seed's order. The patterns come from Brendan Burns and David Oppenheimer,
 * “Design Patterns for Container-based Distributed Systems”, USENIX HotCloud 2016; paperSection names
 * the section of that paper. The seed leaves the 单容器 row empty.
 */
export const PAPER_URL = 'https://www.usenix.org/conference/hotcloud16/workshop-program/presentation/burns';

export const containerPatterns: readonly ContainerPattern[] = [
  {
    slug: 'single-container',
    group: 'single-container',
    name: '',
    english: '',
    summary: '',
    paperSection: '3 Single-container management patterns',
    pattern: 'single-container-management',
  },
  {
    slug: 'sidecar',
    group: 'single-node',
    name: '跨斗模式（Sidecar pattern）',
    english: 'Sidecar',
    summary: '多容器通过共享文件系统形成本地通信，共同提供一个微服务。',
    paperSection: '4.1 Sidecar pattern',
    pattern: 'sidecar',
  },
  {
    slug: 'ambassador',
    group: 'single-node',
    name: '外交官模式（Ambassador pattern）',
    english: 'Ambassador',
    summary: '应用容器和外交官容器共享一个网络 IP 地址，应用容器利用这个可重用的外交官容器作为代理来访问远程服务或资源。',
    paperSection: '4.2 Ambassador pattern',
    pattern: 'ambassador',
  },
  {
    slug: 'adapter',
    group: 'single-node',
    name: '适配器模式（Adapter pattern）',
    english: 'Adapter',
    summary: '应用容器提供应用功能，同时和一个适配器容器共享文件系统和一个网络 IP 地址，分布式系统管理平台可以利用适配器容器的统一接口，从应用容器收集日志和监控数据等信息。',
    paperSection: '4.3 Adapter pattern',
    pattern: 'adapter',
  },
  {
    slug: 'leader-election',
    group: 'multi-node',
    name: '选举模式（Election pattern）',
    english: 'Leader Election',
    summary: '一个可重用的选举器容器跟应用容器组合起来，提供为在分布式系统中的多个应用实例选举主控节点的问题。',
    paperSection: '5.1 Leader election pattern',
    pattern: 'leader-election',
  },
  {
    slug: 'work-queue',
    group: 'multi-node',
    name: '工作队列模式（Work queue pattern）',
    english: 'Work Queue',
    summary: '应用容器跟可重用的队列消息处理器，共同工作，可以并行地处理队列中海量的同类型并行计算业务。',
    paperSection: '5.2 Work queue pattern',
    pattern: 'work-queue',
  },
  {
    slug: 'scatter-gather',
    group: 'multi-node',
    name: '分散收集模式（Scatter/gather pattern）',
    english: 'Scatter/Gather',
    summary: '通过先将大任务分割成诸多小任务处理，再收集汇总合并产生最终结果的模式，支持复杂任务的分布式计算。',
    paperSection: '5.3 Scatter/gather pattern',
    pattern: 'scatter-gather',
  },
];
