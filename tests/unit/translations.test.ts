import {mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {DOCS_DIR} from '@site/build-tools/docs';
import {EN_DOCS_DIR, formatStatus, sourceHash, stampTranslation, translationStatus} from '@site/build-tools/translations';

let root = '';
let zh = '';
let en = '';
const write = (dir: string, file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
  writeFileSync(path.join(dir, file), text);
};
const states = () => Object.fromEntries(translationStatus(zh, en).map((s) => [s.doc, s.state]));

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'kb-translations-'));
  zh = path.join(root, 'docs');
  en = path.join(root, 'en');
  write(zh, 'orchestration/index.md', '---\ntitle: 容器编排\n---\n\n## 编排一词 {#term}\n\n编排这一术语来源于音乐领域。\n');
  write(zh, 'orchestration/kubernetes.md', '---\ntitle: K8s\n---\n\n## 概述 {#overview}\n');
  write(zh, 'glossary/index.mdx', '---\ntitle: 术语表\n---\n\n<Glossary />\n');
});
afterEach(() => rmSync(root, {recursive: true, force: true}));

describe('the stale-translation check', () => {
  it('lists pages without an English twin, and twins without a stamp', () => {
    write(en, 'orchestration/index.md', '---\ntitle: Container Orchestration\n---\n\n## The term {#term}\n');
    expect(states()).toEqual({'glossary/index.mdx': 'missing', 'orchestration/index.md': 'unstamped', 'orchestration/kubernetes.md': 'missing'});
  });

  it('says current once stamped, and stale when the Chinese page changes afterwards', () => {
    write(en, 'orchestration/index.md', '---\ntitle: Container Orchestration\n---\n\n## The term {#term}\n');
    const hash = stampTranslation('orchestration/index.md', zh, en);
    expect(hash).toMatch(/^[0-9a-f]{12}$/);
    const stamped = readFileSync(path.join(en, 'orchestration/index.md'), 'utf8');
    expect(stamped).toBe(`---\ntitle: Container Orchestration\nsource_hash: ${hash}\n---\n\n## The term {#term}\n`);
    expect(states()['orchestration/index.md']).toBe('current');

    // A correction to the Chinese page makes its translation stale …
    write(zh, 'orchestration/index.md', '---\ntitle: 容器编排\n---\n\n## 编排一词 {#term}\n\n“编排”一词来源于音乐领域。\n');
    const stale = translationStatus(zh, en).find((s) => s.doc === 'orchestration/index.md')!;
    expect(stale).toMatchObject({state: 'stale', recorded: hash});
    expect(stale.sourceHash).not.toBe(hash);
    expect(formatStatus(translationStatus(zh, en))).toContain('docs/orchestration/index.md: stale (the Chinese page changed since)');

    // … until the translation is updated and stamped again (the stamp line is replaced, not added twice).
    stampTranslation('orchestration/index.md', zh, en);
    expect(states()['orchestration/index.md']).toBe('current');
    expect(readFileSync(path.join(en, 'orchestration/index.md'), 'utf8').match(/source_hash:/g)).toHaveLength(1);
  });

  it('ignores line endings and trailing blanks, not words', () => {
    expect(sourceHash('a  \r\nb\n\n')).toBe(sourceHash('a\nb'));
    expect(sourceHash('编排')).not.toBe(sourceHash('编 排'));
  });

  it('says what is wrong when a page cannot be stamped', () => {
    expect(() => stampTranslation('orchestration/kubernetes.md', zh, en)).toThrow('no English page for docs/orchestration/kubernetes.md');
    expect(() => stampTranslation('nope.md', zh, en)).toThrow('no Chinese page docs/nope.md');
    write(en, 'glossary/index.mdx', '<Glossary />\n');
    expect(() => stampTranslation('glossary/index.mdx', zh, en)).toThrow('has no front matter');
  });

  it('covers every page of the real docs/ folder', () => {
    const real = translationStatus();
    expect(real.length).toBeGreaterThanOrEqual(70);
    expect(real.map((s) => s.doc)).toContain('patterns/circuit-breaker.mdx');
  });
});

describe('the English pages written so far', () => {
  const twins = translationStatus().filter((s) => s.state !== 'missing');
  const idsOf = (text: string) => [...text.matchAll(/^#{2,6} .*\{#([a-z0-9-]+)\}\s*$/gm)].map((m) => m[1]);
  const body = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^import .*$/gm, '');

  it.each(twins.map((t) => [t.doc]))('%s keeps the Chinese page’s heading ids, in order', (doc) => {
    const zhText = readFileSync(path.join(DOCS_DIR, doc), 'utf8');
    const enText = readFileSync(path.join(EN_DOCS_DIR, doc), 'utf8');
    expect(idsOf(enText)).toEqual(idsOf(zhText));
  });

  it.each(twins.map((t) => [t.doc]))('%s is English: Chinese only in names kept in parentheses', (doc) => {
    const text = body(readFileSync(path.join(EN_DOCS_DIR, doc), 'utf8'))
      // Chinese names kept for search, "orchestration (编排)", and the seed's title and author.
      .replace(/[(（][^()（）]*[)）]/g, '')
      .replace(/《[^》]*》|吴启福/g, '');
    const cjk = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
    const letters = (text.match(/[A-Za-z\u3400-\u9fff]/g) ?? []).length;
    expect(cjk / letters, `${cjk} Chinese characters of ${letters}`).toBeLessThan(0.03);
  });
});
