import type {ReferenceArchitecture} from './schema';

/** 表格 1 云原生参考架构, in the seed's order. */
export const referenceArchitectures: readonly ReferenceArchitecture[] = [
  {slug: 'web-iaas', name: 'Web 应用的 IaaS 部署', deployment: '基于 VM', scalability: '向上（加资源）、横向', availability: '多节点、SLA', security: '防火墙、HTTPS'},
  {slug: 'web-paas', name: 'Web 应用的 PaaS 部署', deployment: '基于 Docker、K8s 管理', scalability: '横向、Pod', availability: '多 Pod', security: '防火墙、HTTPS'},
  {slug: 'web-cloud-native', name: 'Web 应用的云原生架构', deployment: 'Spring Cloud、K8s', scalability: '横向', availability: '多实例', security: '防火墙、HTTPS'},
  {slug: 'web-multi-site', name: 'Web 应用的多站点部署（云原生）', deployment: 'Spring Cloud、K8s、多数据中心 DC', scalability: '横向、DC 扩容', availability: '多实例', security: '防火墙、HTTPS'},
  {slug: 'saas-hybrid-cloud', name: 'SaaS 应用的混合云集成', deployment: 'LDAP', scalability: '用户定义 SLA', availability: '', security: '防火墙、HTTPS'},
  {slug: 'iot-cloud-native', name: 'IoT 应用的云原生架构', deployment: '消息驱动、大数据', scalability: '横向', availability: '', security: 'IoT 网关、HTTPS'},
];
