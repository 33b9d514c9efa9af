import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {chapters} from '@site/src/data/chapters';
import {glossaryTerms} from '@site/src/data/glossary';
import {patterns} from '@site/src/data/patterns';
import {PROSE_ALIASES} from '@site/src/data/prose-aliases';
import {DOCS_DIR, codeBlocks, linesOutsideFences, readDocs} from '../../build-tools/docs';

const bySlug = new Map(patterns.map((p) => [p.slug, p]));

/** The prose of a line: without “quoted names”, inline code, link targets, tags, and nothing of a table row or quotation. */
function prose(line: string): string {
  if (/^\s*(\||>|import )/.test(line)) return '';
  return line
    .replace(/“[^”]*”/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]+>/g, ' ');
}

/** Every use of an alias in a text: "「跨斗」 → Sidecar". */
function aliasUses(text: string): string[] {
  return PROSE_ALIASES.flatMap(({alias, pattern}) => {
    const re = typeof alias === 'string' ? new RegExp(alias, 'g') : new RegExp(alias.source, 'g');
    return [...text.matchAll(re)].map((m) => `“${m[0]}” → ${bySlug.get(pattern)?.chinese}`);
  });
}

describe('one name per pattern in the site’s prose (src/data/prose-aliases.ts)', () => {
  it('lists aliases of real patterns, each known to search and the glossary as an alias', () => {
    const problems = PROSE_ALIASES.flatMap(({alias, pattern}) => {
      const p = bySlug.get(pattern);
      if (!p) return [`${String(alias)}: no pattern "${pattern}"`];
      if (typeof alias === 'string' && !p.aliases.some((a) => a.includes(alias))) return [`${alias}: not among the aliases of ${pattern}`];
      if (aliasUses(p.chinese).length) return [`${pattern}: its own name ${p.chinese} is listed as an alias`];
      return [];
    });
    expect(problems).toEqual([]);
  });

  it('flags an alias in prose, but not a quoted name, a table row or a quotation', () => {
    expect(aliasUses(prose('Pod 里的跨斗容器负责日志。'))).toEqual(['“跨斗” → Sidecar']);
    expect(aliasUses(prose('也常译作“边车”或“跨斗”模式。'))).toEqual([]);
    expect(aliasUses(prose('| 单节点多容器组合 | 跨斗模式（Sidecar pattern） |'))).toEqual([]);
    expect(aliasUses(prose('> 外交官模式'))).toEqual([]);
    expect(aliasUses(prose('各服务协同工作。'))).toEqual([]);
    expect(aliasUses(prose('采用协同（Choreography）方式'))).toEqual(['“协同” → 协调']);
  });

  it('docs/ use each pattern’s own name in prose, descriptions and diagram labels', () => {
    const problems = readDocs().flatMap((doc) => {
      // Body line numbers, counted in the file (after its front matter).
      const offset = readFileSync(path.join(DOCS_DIR, doc.file), 'utf8').split('\n').length - doc.body.split('\n').length;
      return [
        ...aliasUses(String(doc.frontMatter.description ?? '')).map((u) => `docs/${doc.file} (description): ${u}`),
        ...linesOutsideFences(doc.body).flatMap(([line, text]) => aliasUses(prose(text)).map((u) => `docs/${doc.file}:${line + offset}: ${u}`)),
        ...codeBlocks(doc.body)
          .filter((b) => b.lang === 'mermaid')
          .flatMap((b) => aliasUses(b.code.replace(/^\s*%%.*$/gm, '')).map((u) => `docs/${doc.file}:${b.line + offset} (diagram): ${u}`)),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('the data’s own prose does too (chapter summaries, glossary definitions, pattern summaries)', () => {
    const problems = [
      ...chapters.flatMap((c) => aliasUses(c.summary).map((u) => `chapters.ts ${c.slug}: ${u}`)),
      ...glossaryTerms.flatMap((t) => aliasUses(t.definition).map((u) => `glossary.ts ${t.id}: ${u}`)),
      ...patterns.flatMap((p) => aliasUses(p.summary).map((u) => `patterns.ts ${p.slug}: ${u}`)),
    ];
    expect(problems).toEqual([]);
  });
});
