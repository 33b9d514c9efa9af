import {describe, expect, it} from 'vitest';
import {pinyinKeys} from '@site/build-tools/search-keys';
import {normalizePinyinQuery} from '@site/src/components/Search/suggest';
import {fuzzyEligible, withinOneEdit} from '@site/src/components/Search/typos';
import {docLinkProblem, glossaryEntries} from '@site/src/data/glossary-entries';
import {searchSynonyms} from '@site/src/data/search-synonyms';
import {docInfos} from '@site/plugins/glossary';

describe('typo tolerance (src/components/Search/typos.ts)', () => {
  it.each([
    ['kuberntes', 'kubernetes', true], // deletion
    ['kubernettes', 'kubernetes', true], // insertion
    ['kubernetez', 'kubernetes', true], // substitution
    ['kubrenetes', 'kubernetes', true], // transposition
    ['sidecra', 'sidecar', true],
    ['sidecar', 'sidecar', true],
    ['kbrenetes', 'kubernetes', false], // two edits
    ['sharding', 'sidecars', false],
    ['bulk', 'bulkhead', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });

  it('applies only to Latin words of five letters or more', () => {
    expect(fuzzyEligible('retry')).toBe(true);
    expect(fuzzyEligible('saga')).toBe(false);
    expect(fuzzyEligible('断路器断路器')).toBe(false);
  });
});

describe('pinyin keys (build-tools/search-keys.ts)', () => {
  it('spell a name in full pinyin and in initials, reading heteronyms in context', () => {
    expect(pinyinKeys('断路器')).toEqual({full: 'duanluqi', initials: 'dlq'});
    expect(pinyinKeys('重试')).toEqual({full: 'chongshi', initials: 'cs'});
    expect(pinyinKeys('Sidecar 代理')).toEqual({full: 'sidecardaili', initials: 'sdl'});
    expect(pinyinKeys('Kubernetes')).toBeUndefined();
  });

  it('compare with a query typed with or without spaces', () => {
    expect(normalizePinyinQuery('Duan Lu Qi')).toBe(pinyinKeys('断路器')!.full);
    expect(normalizePinyinQuery("xi'an")).toBe('xian');
  });
});

describe('search synonyms (src/data/search-synonyms.ts)', () => {
  it('point only at pages and headings that exist', () => {
    const infos = docInfos();
    const broken = searchSynonyms.flatMap((s) =>
      s.targets.flatMap((target) => {
        const problem = docLinkProblem(infos, target);
        return problem ? [`${s.terms[0]}: ${problem}`] : [];
      }),
    );
    expect(broken).toEqual([]);
  });

  it('add words the site does not know yet: no term repeats a name or alias, or another synonym', () => {
    const known = new Set(glossaryEntries().flatMap((e) => [e.chinese, e.english, ...e.aliases]).map((n) => n.toLowerCase()));
    const terms = searchSynonyms.flatMap((s) => s.terms.map((t) => t.toLowerCase()));
    expect(terms.filter((t) => known.has(t))).toEqual([]);
    expect(terms.filter((t, i) => terms.indexOf(t) !== i)).toEqual([]);
  });
});
