import {describe, expect, it} from 'vitest';
import {editDistance, normalizePath, searchWords, suggestPages, type PageRef} from '@site/src/components/NotFound/suggest';
import {readDocs} from '../../build-tools/docs';

/** Every doc page as the page index gives it (plugins/page-index.ts): its URL and title. */
const pages: PageRef[] = readDocs().map((d) => ({
  path: `/docs/${d.id.replace(/(^|\/)index$/, '')}`,
  title: String(d.frontMatter.title),
}));

describe('404 suggestions (src/components/NotFound/suggest.ts)', () => {
  it('measures edit distance', () => {
    expect(editDistance('circuit-braker', 'circuit-breaker')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('normalizes paths (base URL, .html, trailing slash, case, escapes, query)', () => {
    expect(normalizePath('/kb/Docs/Patterns/Retry.html?x=1#y', '/kb/')).toBe('docs/patterns/retry');
    expect(normalizePath('/docs/patterns/')).toBe('docs/patterns');
    expect(normalizePath('/docs/%E6%96%AD%E8%B7%AF%E5%99%A8')).toBe('docs/断路器');
    expect(normalizePath('/docs/%E6%96%AD')).toBe('docs/断');
    expect(normalizePath('/docs/%E6%96')).toBe('docs/%e6%96');
  });

  const cases: Array<[requested: string, expected: string, baseUrl?: string]> = [
    ['/docs/patterns/circuit-braker', '/docs/patterns/circuit-breaker'],
    ['/docs/patterns/circut-breaker', '/docs/patterns/circuit-breaker'],
    ['/docs/patterns/sidcar', '/docs/patterns/sidecar'],
    ['/docs/patterns/ambasador', '/docs/patterns/ambassador'],
    ['/docs/patterns/leader-elction', '/docs/patterns/leader-election'],
    ['/docs/patterns/bulk-head', '/docs/patterns/bulkhead'],
    ['/docs/patterns/strangler-fig-pattern', '/docs/patterns/strangler-fig'],
    ['/docs/patterns/circuit', '/docs/patterns/circuit-breaker'],
    ['/docs/circuit-breaker', '/docs/patterns/circuit-breaker'],
    ['/p/throtling', '/docs/patterns/throttling'],
    ['/kb/docs/patterns/retyr', '/docs/patterns/retry', '/kb/'],
    ['/docs/orchestration/kubernets', '/docs/orchestration/kubernetes'],
    ['/docs/orchestraion', '/docs/orchestration'],
    ['/docs/architecture/twelve-factors', '/docs/architecture/twelve-factor'],
    ['/docs/glossery', '/docs/glossary'],
    ['/docs/servicemesh', '/docs/service-mesh'],
    ['/docs/patterns/cqrs.html', '/docs/patterns/cqrs'],
    ['/docs/%E6%96%AD%E8%B7%AF%E5%99%A8', '/docs/patterns/circuit-breaker'],
    ['/docs/%E6%9C%8D%E5%8A%A1%E7%BD%91%E6%A0%BC', '/docs/service-mesh'],
  ];
  it.each(cases)('%s suggests %s first', (requested, expected, baseUrl = '/') => {
    const withBase = pages.map((p) => ({...p, path: `${baseUrl.replace(/\/$/, '')}${p.path}`}));
    const [first] = suggestPages(requested, withBase, baseUrl);
    expect(first?.path).toBe(`${baseUrl.replace(/\/$/, '')}${expected}`);
  });

  it('suggests at most five pages, and nothing for the site root', () => {
    expect(suggestPages('/docs/x', pages)).toHaveLength(5);
    expect(suggestPages('/', pages)).toEqual([]);
  });

  it('turns the path into words for the search box', () => {
    expect(searchWords('/docs/patterns/circuit-braker')).toBe('circuit braker');
    expect(searchWords('/docs/%E6%96%AD%E8%B7%AF%E5%99%A8.html')).toBe('断路器');
  });
});
