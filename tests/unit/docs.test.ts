import {describe, expect, it} from 'vitest';
import {chapters} from '@site/src/data/chapters';
import {ASCII_ID, parseHeadings, readDocs} from '@site/build-tools/docs';
import {siteRedirects} from '@site/config/redirects';
import {docHref} from '@site/src/data/glossary-entries';

const docs = readDocs();

describe('docs/', () => {
  it('holds the pages of every chapter', () => {
    expect(docs.length).toBeGreaterThanOrEqual(20);
  });

  it.each(docs.map((doc) => [doc.file, doc] as const))('%s has title, description and keywords', (_file, doc) => {
    const {title, description, keywords} = doc.frontMatter;
    expect(typeof title === 'string' && title.trim().length > 0, 'title').toBe(true);
    expect(typeof description === 'string' && description.trim().length >= 20, 'description (one sentence)').toBe(true);
    expect(Array.isArray(keywords) && keywords.length >= 3, 'keywords (English name + Chinese aliases)').toBe(true);
  });

  it.each(docs.map((doc) => [doc.file, doc] as const))('%s: every heading has a unique explicit ASCII id', (_file, doc) => {
    const missing = doc.headings.filter((h) => h.id === undefined || !ASCII_ID.test(h.id));
    expect(missing.map((h) => `${doc.file}:${h.line} "${h.text}" id=${h.id ?? '(none)'}`)).toEqual([]);
    const ids = doc.headings.map((h) => h.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('uses ASCII kebab-case file and folder names', () => {
    for (const doc of docs) {
      for (const segment of doc.id.split('/')) expect(segment, doc.file).toMatch(ASCII_ID);
    }
  });

  it('lists every page in exactly one chapter of the sidebar, and every listed page exists', () => {
    const listed = chapters.flatMap((c) => [c.index, ...c.pages]);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(docs.map((d) => d.id).sort());
  });
});

describe('config/redirects.ts', () => {
  const routes = new Set(docs.map((d) => docHref(d.id)));

  it('sends every old or short URL to a doc page that exists, and never shadows one', () => {
    for (const {from, to} of siteRedirects()) {
      expect(routes.has(to), `${from} → ${to}`).toBe(true);
      expect(routes.has(from), `${from} is itself a page`).toBe(false);
      expect(from).toMatch(/^\/[a-z0-9/-]+$/);
    }
  });
});

describe('parseHeadings', () => {
  it('finds headings without ids, ignores fenced code and reads ids', () => {
    const headings = parseHeadings(['## 断路器 {#circuit-breaker}', '```bash', '# not a heading', '```', '### 无锚点'].join('\n'));
    expect(headings).toEqual([
      {line: 1, level: 2, text: '断路器', id: 'circuit-breaker'},
      {line: 5, level: 3, text: '无锚点', id: undefined},
    ]);
  });
});
