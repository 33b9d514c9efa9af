/** Chinese labels of the 2026 data: CNCF categories and levels, the service-mesh comparison's rows. */
import type {MeshDimension, MeshGroup} from './schema';

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

/** Row labels of the 2026 service-mesh comparison, with the group each belongs to. */
export const MESH_DIMENSION_LABELS: Readonly<Record<MeshDimension, {readonly group: MeshGroup; readonly label: string}>> = {
  license: {group: 'basics', label: '许可证'},
  governance: {group: 'basics', label: '治理与 CNCF 状态'},
  proxy: {group: 'basics', label: '数据平面代理'},
  dataPlaneModel: {group: 'basics', label: 'Sidecar 或无 Sidecar'},
  latestVersion: {group: 'basics', label: '当前版本'},
  protocols: {group: 'traffic', label: '协议'},
  gatewayApi: {group: 'traffic', label: 'Gateway API / GAMMA'},
  retries: {group: 'traffic', label: '重试'},
  timeouts: {group: 'traffic', label: '超时'},
  circuitBreaking: {group: 'traffic', label: '断路器'},
  faultInjection: {group: 'traffic', label: '故障注入'},
  trafficSplitting: {group: 'traffic', label: '流量拆分'},
  rateLimiting: {group: 'traffic', label: '限流'},
  mtlsDefault: {group: 'security', label: '默认 mTLS'},
  identity: {group: 'security', label: '工作负载身份'},
  authorization: {group: 'security', label: '授权策略'},
  certificates: {group: 'security', label: '证书与 CA'},
  metrics: {group: 'observability', label: '指标'},
  tracing: {group: 'observability', label: '分布式追踪'},
  accessLogs: {group: 'observability', label: '访问日志'},
  dashboard: {group: 'observability', label: '控制台'},
  multiCluster: {group: 'platform', label: '多集群'},
  nonKubernetes: {group: 'platform', label: '虚拟机与非 Kubernetes'},
  controlPlane: {group: 'platform', label: '控制平面'},
  ingressEgress: {group: 'platform', label: '入口与出口网关'},
};

export const MESH_GROUP_LABELS: Readonly<Record<MeshGroup, string>> = {
  basics: '基本',
  traffic: '流量',
  security: '安全',
  observability: '可观测性',
  platform: '平台',
};
