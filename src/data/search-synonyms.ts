import type {SearchSynonym} from './schema';

/**
 * Words and abbreviations Chinese teams use for the site's patterns and concepts that are not their names or
 * glossary aliases (src/data/glossary.ts and the patterns' `aliases` hold those): the search box maps each term to
 * its pages. One place for them, next to the glossary; a unit test checks that every target page and heading exists
 * and that no term repeats a name or alias the site already knows.
 */
export const searchSynonyms: readonly SearchSynonym[] = [
  {terms: ['分库分表', '水平分片', '水平拆分'], targets: ['patterns/sharding']},
  {terms: ['读写分离', '读写分开'], targets: ['patterns/cqrs', 'patterns/materialized-view']},
  {terms: ['微服务网关', '统一网关'], targets: ['patterns/gateway-routing', 'patterns/gateway-aggregation', 'patterns/gateway-offloading']},
  {terms: ['消息队列', 'MQ', '消息中间件'], targets: ['patterns/queue-based-load-leveling', 'patterns/competing-consumers', 'patterns/publisher-subscriber']},
  {terms: ['服务注册中心'], targets: ['service-mesh/index#service-discovery-modes']},
  {terms: ['统一配置'], targets: ['patterns/external-configuration-store']},
  {terms: ['单点登录', 'SSO'], targets: ['patterns/federated-identity']},
  {terms: ['分布式事务'], targets: ['patterns/saga', 'patterns/compensating-transaction']},
  {terms: ['CDN', '静态资源'], targets: ['patterns/static-content-hosting']},
  {terms: ['探活'], targets: ['patterns/health-endpoint-monitoring']},
  {terms: ['主节点选举'], targets: ['patterns/leader-election']},
  {terms: ['资源隔离', '线程池隔离'], targets: ['patterns/bulkhead']},
  {terms: ['十二因素', '12 factor', '12factor'], targets: ['architecture/twelve-factor']},
  {terms: ['流量控制', '流控'], targets: ['patterns/rate-limiting', 'patterns/throttling']},
  {terms: ['异步接口', '轮询结果'], targets: ['patterns/async-request-reply']},
  {terms: ['渐进式迁移', '旧系统改造'], targets: ['patterns/strangler-fig']},
  {terms: ['云原生定义'], targets: ['cloud-native/index#definition']},
  {terms: ['CNCF 项目', 'CNCF 毕业项目'], targets: ['cloud-native/cncf-projects']},
];
