import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';

export const ROOT = path.resolve(__dirname, '..');
export const DOCS_DIR = path.join(ROOT, 'docs');

export interface Heading {
  readonly line: number;
  readonly level: number;
  readonly text: string;
  /** The explicit `{#id}`, or undefined when the heading has none. */
  readonly id: string | undefined;
}

export interface DocFile {
  /** Path relative to docs/, e.g. orchestration/kubernetes.md */
  readonly file: string;
  /** Docusaurus doc id, e.g. orchestration/kubernetes */
  readonly id: string;
  readonly frontMatter: Record<string, unknown>;
  readonly body: string;
  readonly headings: readonly Heading[];
}

/** ASCII kebab-case, as required for slugs and heading ids. */
export const ASCII_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every file under dir (recursively) whose name matches `name`. */
export function listFiles(dir: string, name: RegExp): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(full, name);
    return name.test(entry.name) ? [full] : [];
  });
}

export interface CodeBlock {
  readonly lang: string;
  readonly code: string;
  /** 1-based line of the opening fence in the body. */
  readonly line: number;
}

/** Every fenced code block of a page body, with its language (empty if the fence gives none). */
export function codeBlocks(body: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w+-]*)/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[2]!;
    const start = i;
    const code: string[] = [];
    for (i++; i < lines.length && !lines[i]!.trim().startsWith(fence); i++) code.push(lines[i]!);
    blocks.push({lang: open[3] ?? '', code: code.join('\n'), line: start + 1});
  }
  return blocks;
}

/** The fenced code blocks of docs/ that Prism highlights (every one with a language but the Mermaid diagrams). */
export function highlightedCode(): (CodeBlock & {readonly file: string})[] {
  return readDocs().flatMap((doc) =>
    codeBlocks(doc.body)
      .filter((b) => b.lang && b.lang !== 'mermaid')
      .map((b) => ({...b, file: doc.file})),
  );
}

/** Lines outside fenced code blocks, with their 1-based line numbers. */
export function linesOutsideFences(body: string): Array<[line: number, text: string]> {
  const lines: Array<[number, string]> = [];
  let fence: string | undefined;
  body.split('\n').forEach((raw, index) => {
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(raw);
    if (fenceMatch) {
      const marker = fenceMatch[1]!;
      if (fence === undefined) fence = marker;
      else if (marker.startsWith(fence)) fence = undefined;
    } else if (fence === undefined) {
      lines.push([index + 1, raw]);
    }
  });
  return lines;
}

/** ATX headings outside fenced code blocks, with their explicit ids. */
export function parseHeadings(body: string): Heading[] {
  return linesOutsideFences(body).flatMap(([line, raw]) => {
    const match = /^(#{1,6})\s+(.*?)\s*$/.exec(raw);
    if (!match) return [];
    const idMatch = /^(.*?)\s*\{#([^}]*)\}$/.exec(match[2]!);
    return [{line, level: match[1]!.length, text: (idMatch ? idMatch[1]! : match[2]!).trim(), id: idMatch?.[2]}];
  });
}

export function readDocs(): DocFile[] {
  return listFiles(DOCS_DIR, /\.mdx?$/)
    .sort()
    .map((full) => {
      const file = path.relative(DOCS_DIR, full).split(path.sep).join('/');
      const {data, content} = matter(readFileSync(full, 'utf8'));
      return {
        file,
        id: file.replace(/\.mdx?$/, ''),
        frontMatter: data,
        body: content,
        headings: parseHeadings(content),
      };
    });
}

const CJK_LATIN = /[\u3400-\u9fff][A-Za-z0-9]|[A-Za-z0-9][\u3400-\u9fff]/g;

/**
 * Places in prose where a Chinese character touches a Latin letter or digit without the half-width
 * space the house style asks for. Code (fenced and inline), link targets, URLs, HTML tags and heading
 * ids are not prose and are skipped.
 */
export function findSpacingIssues(body: string): string[] {
  return linesOutsideFences(body).flatMap(([line, raw]) => {
    const prose = raw
      .replace(/`[^`]*`/g, ' ')
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\{#[^}]+\}/g, ' ');
    return [...prose.matchAll(CJK_LATIN)].map((match) => `line ${line}: "${match[0]}"`);
  });
}
