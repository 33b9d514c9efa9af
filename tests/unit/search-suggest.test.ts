import {gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {buildSuggestIndex} from '@site/build-tools/search-suggest';
import {normalize, suggest} from '@site/src/components/Search/suggest';

const index = buildSuggestIndex();
const top = (query: string, n = 3) => suggest(index, query, n).map((s) => s.entry.url);

/** Query → the page (or heading, term, project row) a reader expects among the first three suggestions. */
const QUERIES: ReadonlyArray<readonly [query: string, expected: string, how: string]> = [
  ['熔断', '/docs/patterns/circuit-breaker', 'alias'],
  ['断路器', '/docs/patterns/circuit-breaker', 'Chinese name'],
  ['Circuit Breaker', '/docs/patterns/circuit-breaker', 'English name'],
  ['duanluqi', '/docs/patterns/circuit-breaker', 'full pinyin'],
  ['duan lu qi', '/docs/patterns/circuit-breaker', 'full pinyin with spaces'],
  ['dlq', '/docs/patterns/circuit-breaker', 'pinyin initials'],
  ['circut breaker', '/docs/patterns/circuit-breaker', 'one typo'],
  ['kuberntes', '/docs/orchestration/kubernetes', 'one typo'],
  ['k8s', '/docs/orchestration/kubernetes', 'abbreviation'],
  ['分库分表', '/docs/patterns/sharding', 'synonym'],
  ['读写分离', '/docs/patterns/cqrs', 'synonym'],
  ['消息队列', '/docs/patterns/queue-based-load-leveling', 'synonym'],
  ['单点登录', '/docs/patterns/federated-identity', 'synonym'],
  ['十二要素', '/docs/architecture/twelve-factor', 'chapter page'],
  ['shieryaosu', '/docs/architecture/twelve-factor', 'full pinyin'],
  ['Kyverno', '/docs/cloud-native/cncf-projects#kyverno', 'CNCF project'],
  ['Open Policy Agent', '/docs/cloud-native/cncf-projects#open-policy-agent-opa', 'CNCF project'],
  ['服务发现模式', '/docs/service-mesh#service-discovery-modes', 'heading'],
  ['sidecar', '/docs/patterns/sidecar', 'English name'],
  ['边车', '/docs/patterns/sidecar', 'alias'],
  ['Saga', '/docs/patterns/saga', 'short English name'],
  ['绞杀者', '/docs/patterns/strangler-fig', 'Chinese name prefix'],
  ['Strangler', '/docs/patterns/strangler-fig', 'former name'],
];

describe('search suggestions (src/components/Search/suggest.ts on the index of build-tools/search-suggest.ts)', () => {
  it.each(QUERIES)('%s → %s (%s)', (query, expected) => {
    expect(top(query)).toContain(expected);
  });

  it('rank a page whose own name matches above pages that only list the word as a keyword', () => {
    expect(top('熔断', 1)).toEqual(['/docs/patterns/circuit-breaker']);
    expect(top('k8s', 1)).toEqual(['/docs/orchestration/kubernetes']);
  });

  it('title every heading "页面 › 小节"', () => {
    const heading = index.entries.find((e) => e.url === '/docs/patterns/retry#example')!;
    expect(heading.title).toBe('重试（Retry） › 示例');
  });

  it('answer odd input with nothing rather than an error', () => {
    for (const q of ['', '   ', '<script>alert(1)</script>', '.*+?^${}()|[]\\', '😀😀', 'a'.repeat(500), '断路器'.repeat(200), 'Ω≈ç√']) {
      expect(() => suggest(index, q)).not.toThrow();
    }
    expect(suggest(index, '   ')).toEqual([]);
    expect(normalize('  K8S\t ')).toBe('k8s');
  });

  it('stays small: the index is under 40 KB gzipped', () => {
    expect(gzipSync(JSON.stringify(index)).length).toBeLessThan(40 * 1024);
  });
});
