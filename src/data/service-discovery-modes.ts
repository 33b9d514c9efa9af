import type {ServiceDiscoveryMode} from './schema';

/** 表格 7 服务发现模式列表 (the seed's second 表格 6), in the seed's order. The seed leaves 案例 empty. */
export const serviceDiscoveryModes: readonly ServiceDiscoveryMode[] = [
  {
    slug: 'centralized-proxy',
    name: '集中式代理',
    pros: '运维简单、集中治理、语言无关',
    cons: '配置麻烦周期长、单点问题、多一跳有性能开销',
    fit: '中大小规模公司都适用，需一定运维能力',
    examples: '',
  },
  {
    slug: 'client-embedded-proxy',
    name: '客户端嵌入式代理',
    pros: '无单点、性能好',
    cons: '客户端复杂、多语言麻烦、治理松散',
    fit: '中大规模公司，语言栈较统一',
    examples: '',
  },
  {
    slug: 'host-process-proxy',
    name: '主机独立进程代理',
    pros: '折中方案',
    cons: '运维部署复杂',
    fit: '中大规模公司，运维能力强',
    examples: '',
  },
];
