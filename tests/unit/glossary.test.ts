import {describe, expect, it} from 'vitest';
import {glossaryTerms} from '@site/src/data/glossary';
import {docLinkProblem, glossaryEntries} from '@site/src/data/glossary-entries';
import {patterns} from '@site/src/data/patterns';
import {findSpacingIssues} from '../../build-tools/docs';
import {docInfos} from '../../plugins/glossary';

describe('glossary data', () => {
  it('links only to pages and headings that exist', () => {
    const infos = docInfos();
    const broken = glossaryTerms.flatMap((term) =>
      term.pages.flatMap((link) => {
        const problem = docLinkProblem(infos, link);
        return problem ? [`${term.id}: ${problem}`] : [];
      }),
    );
    expect(broken).toEqual([]);
  });

  it('has unique ids, Chinese names and English names across terms and patterns', () => {
    const entries = glossaryEntries();
    for (const key of ['id', 'chinese', 'english'] as const) {
      const seen = new Set<string>();
      const dupes = entries.map((e) => e[key].toLowerCase()).filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
      expect(dupes, key).toEqual([]);
    }
  });

  it('follows the house typography (space between Chinese and Latin, full-width punctuation)', () => {
    const problems = glossaryTerms.flatMap((t) => [
      ...findSpacingIssues(t.definition).map((p) => `${t.id}: ${p}`),
      ...(/[\u3400-\u9fff][,;:!?()]|[,;:!?()][\u3400-\u9fff]/.test(t.definition) ? [`${t.id}: half-width punctuation`] : []),
      ...(t.definition.endsWith('。') ? [] : [`${t.id}: definition must end with 。`]),
    ]);
    expect(problems).toEqual([]);
  });

  it('includes every pattern, linked to its page', () => {
    const entries = new Map(glossaryEntries().map((e) => [e.id, e]));
    for (const p of patterns) expect(entries.get(p.slug)?.pages[0]).toBe(`patterns/${p.slug}`);
  });
});

describe('buildGlossary (plugins/glossary.ts)', () => {
  it('sorts Chinese names by pinyin and Latin names by letter, into A–Z groups', async () => {
    const {default: data} = await import('./stubs/glossary-data');
    const byId = new Map(data.entries.map((e) => [e.id, e]));
    expect(byId.get('circuit-breaker')).toMatchObject({letter: 'D', sortKey: 'duanluqi'});
    expect(byId.get('retry')).toMatchObject({letter: 'C', sortKey: 'chongshi'});
    expect(byId.get('kubernetes')?.letter).toBe('K');
    expect(byId.get('sidecar-proxy')?.letter).toBe('S');
    const keys = data.entries.map((e) => e.sortKey);
    expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b, 'en', {sensitivity: 'base', numeric: true})));
    expect(data.letters).toEqual([...new Set(data.entries.map((e) => e.letter))]);
    expect(data.entries).toHaveLength(glossaryEntries().length);
  });

  it('resolves page links to URLs and titles', async () => {
    const {default: data} = await import('./stubs/glossary-data');
    const config = data.entries.find((e) => e.id === 'config')!;
    expect(config.pages[0]).toEqual({href: '/docs/architecture/twelve-factor#config', label: '12-Factor 十二要素 › 3. 配置'});
    expect(data.entries.find((e) => e.id === 'cloud-native')!.pages[0]!.href).toBe('/docs/cloud-native#definition');
  });

  it('names the entry when a link points at a missing page or heading', async () => {
    const {buildGlossary} = await import('@site/src/data/glossary-entries');
    const {docInfos, pinyinOf} = await import('../../plugins/glossary');
    const docs = docInfos();
    docs.delete('patterns/retry');
    expect(() => buildGlossary(pinyinOf, docs)).toThrow(/^glossary entry "[a-z-]+": field "pages": no page "patterns\/retry" in docs\/$/);
    const docs2 = docInfos();
    const twelve = docs2.get('architecture/twelve-factor')!;
    docs2.set('architecture/twelve-factor', {...twelve, headings: new Map([...twelve.headings].filter(([id]) => id !== 'config'))});
    expect(() => buildGlossary(pinyinOf, docs2)).toThrow('glossary entry "config": field "pages": no heading #config in "architecture/twelve-factor"');
  });
});

describe('glossary filter (src/components/Glossary/filter.ts)', async () => {
  const {entryMatches, patternMatches, readQuery, writeQuery} = await import('@site/src/components/Glossary/filter');
  const data = (await import('./stubs/glossary-data')).default;
  const pod = data.entries.find((e) => e.id === 'pod')!;

  it('reads and writes ?q=, keeping other parameters and dropping an empty filter', () => {
    expect(readQuery('?q=%E7%86%94%E6%96%AD')).toBe('熔断');
    expect(readQuery('?q=' + 'x'.repeat(300))).toHaveLength(200);
    expect(writeQuery('?a=1', 'Pod')).toBe('?a=1&q=Pod');
    expect(writeQuery('?a=1&q=Pod', '  ')).toBe('?a=1');
    expect(writeQuery('?q=Pod', '')).toBe('');
  });

  it('matches names, aliases and definition words, every word of the query', () => {
    expect(entryMatches(pod, 'pod')).toBe(true);
    expect(entryMatches(pod, '容器组')).toBe(true);
    expect(entryMatches(pod, '调度 节点')).toBe(true);
    expect(entryMatches(pod, '调度 熔断')).toBe(false);
  });

  it('finds a pattern on the terms page by an alias', () => {
    const link = {id: 'circuit-breaker', chinese: '断路器', english: 'Circuit Breaker', aliases: ['熔断', '熔断器'], letter: 'D'};
    expect(patternMatches(link, '熔断')).toBe(true);
    expect(patternMatches(link, 'circuit')).toBe(true);
    expect(patternMatches(link, '重试')).toBe(false);
  });
});
