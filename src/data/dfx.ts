import type {DfxRow} from './schema';

/**
 * 表格 4 云原生设计模式列表 (DFX), row by row in the seed's order, empty cells kept.
 * `pattern` links a row to its record in patterns.ts.
 */
export const dfxRows: readonly DfxRow[] = [
  {dfx: '可用性', name: '限流', intro: '', pattern: 'throttling'},
  {dfx: '可用性', name: '熔断器', intro: '', pattern: 'circuit-breaker'},
  {dfx: '可用性', name: '断路器', intro: '', pattern: 'circuit-breaker'},
  {dfx: '可用性', name: 'RETRY', intro: '超时重试。', pattern: 'retry'},
  {dfx: '可用性', name: '服务降级', intro: '按降级粒度可分为接口、功能和服务。', pattern: 'graceful-degradation'},
  {dfx: '安全性', name: '', intro: ''},
  {dfx: '可扩展性', name: 'ROUTE', intro: '', pattern: 'gateway-routing'},
];
