import {readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {NO_FILTERS, filterPatterns, readFilters, writeFilters} from '@site/src/components/PatternExplorer/filter';
import {patterns} from '@site/src/data/patterns';
import {DOCS_DIR, codeBlocks, readDocs} from '@site/build-tools/docs';
import {checkDiagrams, checkExamples, checkMdx} from '@site/build-tools/pages';

const TEMPLATE = ['summary', 'problem', 'solution', 'considerations', 'when-to-use', 'pillars', 'example', 'related', 'sources'];
const pages = readDocs().filter((d) => d.id.startsWith('patterns/') && d.id !== 'patterns/index');

describe('pattern pages', () => {
  it('exist exactly once for every record in src/data/patterns.ts, and only for those', () => {
    const files = readdirSync(path.join(DOCS_DIR, 'patterns')).filter((f) => f !== 'index.mdx');
    expect(files.sort()).toEqual(patterns.map((p) => `${p.slug}.mdx`).sort());
    expect(pages.length).toBeGreaterThanOrEqual(49);
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s follows the template', async (_f, page) => {
    const slug = page.id.replace('patterns/', '');
    const record = patterns.find((p) => p.slug === slug)!;
    expect(page.headings.filter((h) => h.level === 2).map((h) => h.id)).toEqual(TEMPLATE);
    expect(page.body).not.toMatch(/\bTODO\b/);
    for (const tag of ['PatternHeader', 'PatternPillars', 'RelatedPatterns', 'PatternSources']) {
      expect(page.body).toContain(`<${tag} slug="${slug}" />`);
    }
    // Search finds a pattern by every name it has: keywords carry the Chinese and English names and every alias.
    const names = [record.chinese, record.english, ...record.aliases, ...(record.formerEnglish ? [record.formerEnglish] : [])];
    expect(page.frontMatter.keywords).toEqual(expect.arrayContaining(names));
    const blocks = codeBlocks(page.body);
    expect(blocks.filter((b) => b.lang === 'mermaid'), 'one Mermaid diagram').toHaveLength(1);
    expect(blocks.filter((b) => b.lang !== 'mermaid').length, 'an example').toBeGreaterThanOrEqual(1);
    expect([...checkExamples(page.body), ...checkDiagrams(page.body), ...(await checkMdx(page.body))]).toEqual([]);
  });
});

describe('pattern explorer filters', () => {
  const count = (search: string) => filterPatterns(patterns, readFilters(search)).length;

  it('lists every pattern without filters', () => {
    expect(filterPatterns(patterns, NO_FILTERS)).toHaveLength(patterns.length);
  });

  it('filters by pillar, source, status and category', () => {
    expect(count('?source=container-paper')).toBe(7);
    expect(count('?pillar=security')).toBe(patterns.filter((p) => p.pillars.includes('security')).length);
    expect(count('?pillar=security')).toBeGreaterThan(10);
    expect(count('?status=new')).toBe(7);
    expect(count('?status=removed')).toBe(2);
    expect(count('?source=dfx')).toBe(5);
    expect(count('?category=security')).toBe(3);
    expect(count('?pillar=security&source=container-paper')).toBe(2);
  });

  it('matches Chinese names, English names and aliases', () => {
    const slugs = (q: string) => filterPatterns(patterns, {q}).map((p) => p.slug);
    expect(slugs('熔断')).toContain('circuit-breaker');
    expect(slugs('circuit breaker')).toContain('circuit-breaker');
    expect(slugs('大使')).toContain('ambassador');
    expect(slugs('边车')).toContain('sidecar');
    expect(slugs('Strangler')).toContain('strangler-fig');
  });

  it('reads and writes the URL, ignoring unknown values', () => {
    expect(readFilters('?pillar=speed&source=dfx&q=%20重试%20')).toEqual({
      pillar: undefined,
      category: undefined,
      source: 'dfx',
      status: undefined,
      q: ' 重试 ',
    });
    expect(writeFilters('?x=1', {source: 'dfx', q: ' 重试 '})).toBe('?x=1&source=dfx&q=%E9%87%8D%E8%AF%95');
  });
});

describe('reader order (src/data/pattern-groups.ts)', async () => {
  const {PATTERN_GROUPS, patternGroup} = await import('@site/src/data/pattern-groups');
  const {pinyinOf} = await import('../../plugins/glossary');
  const {chapters} = await import('@site/src/data/chapters');
  const rank = (p: (typeof patterns)[number]) => PATTERN_GROUPS.findIndex((g) => g.id === patternGroup(p));
  const key = (p: (typeof patterns)[number]) => pinyinOf(p.chinese).toLowerCase();

  it('keeps patterns.ts in groups, each by the pinyin of the Chinese name', () => {
    const expected = [...patterns].sort((a, b) => rank(a) - rank(b) || key(a).localeCompare(key(b)));
    expect(patterns.map((p) => `${patternGroup(p)} ${p.chinese}`)).toEqual(expected.map((p) => `${patternGroup(p)} ${p.chinese}`));
  });

  it('puts today’s Azure catalog first (42), then the container paper’s own patterns, then the rest', () => {
    const count = (id: string) => patterns.filter((p) => patternGroup(p) === id).length;
    expect([count('azure'), count('container'), count('other')]).toEqual([42, 4, 3]);
    expect(patterns[0]!.chinese).toBe('补偿事务');
    expect(patterns.filter((p) => patternGroup(p) === 'container').map((p) => p.slug)).toEqual([
      'single-container-management',
      'scatter-gather',
      'work-queue',
      'adapter',
    ]);
  });

  it('gives the sidebar the same groups in the same order (previous/next follows it)', () => {
    const chapter = chapters.find((c) => c.slug === 'patterns')!;
    expect(chapter.groups!.map((g) => g.label)).toEqual(PATTERN_GROUPS.map((g) => g.title));
    expect(chapter.groups!.flatMap((g) => g.pages)).toEqual(patterns.map((p) => `patterns/${p.slug}`));
  });
});
