import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {DOCS_DIR, findSpacingIssues, readDocs} from '@site/build-tools/docs';
import {CORRECTIONS, correctedSeed, seedFragments} from '@site/build-tools/seed';

const docs = readDocs();

describe('Chinese typography', () => {
  it.each(docs.map((doc) => [doc.file, doc] as const))('%s puts a space between Chinese and Latin/digits', (_f, doc) => {
    expect(findSpacingIssues(doc.body)).toEqual([]);
  });

  it('findSpacingIssues flags missing spaces but not code, URLs or ids', () => {
    expect(findSpacingIssues('使用Kubernetes部署，2015年')).toEqual([
      'line 1: "用K"',
      'line 1: "s部"',
      'line 1: "5年"',
    ]);
    expect(findSpacingIssues('见 `K8s集群` 与 [链接](https://x.example/a中) {#a1}')).toEqual([]);
  });
});

describe('seed corrections', () => {
  const changelog = readFileSync(path.join(DOCS_DIR, 'about/changelog.md'), 'utf8');

  it.each(CORRECTIONS.map(([from, to]) => [from, to] as const))('%s → %s is listed on the changelog page', (from) => {
    // The changelog quotes the original in code spans; compare without spacing, brackets and edge punctuation.
    const squash = (s: string) => s.replace(/[\s()（）`]/g, '').replace(/^[，。]+|[，。]+$/g, '');
    expect(squash(changelog)).toContain(squash(from));
  });

  it('every correction applies to the seed and the corrected seed no longer holds the typos', () => {
    const text = correctedSeed();
    for (const typo of ['搞脆弱性', 'Haddop', '调试器代理监控', '命令和职责分离', '云原生架相关']) {
      expect(text).not.toContain(typo);
    }
    expect(seedFragments().length).toBeGreaterThan(300);
  });
});
