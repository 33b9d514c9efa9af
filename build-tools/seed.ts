import {readFileSync} from 'node:fs';
import path from 'node:path';

export const SEED_FILE = path.resolve(__dirname, '../seed/000_6d1c465a7a33c434.txt');

/**
 * The seed's obvious typos and how the site corrects them (each is listed on docs/about/changelog.md).
 * Applied to the seed before checking that its text is on the site.
 */
export const CORRECTIONS: ReadonlyArray<readonly [from: string, to: string]> = [
  ['云原生计算基金（', '云原生计算基金会（'],
  ['云原生架相关', '云原生架构相关'],
  ['搞脆弱性', '反脆弱性'],
  ['(37种更新，new)', '（36 种，2018 年更新）'],
  ['命令和职责分离', '命令查询职责分离'],
  ['调试器代理监控', '调度器代理监督'],
  ['在收集汇总', '再收集汇总'],
  ['容器化化', '容器化'],
  ['依赖于通信问题', '依赖与通信问题'],
  ['Haddop', 'Hadoop'],
  ['ubernetes基本概念', 'Kubernetes 基本概念'],
  ['执行执行分配', '执行分配'],
  ['表格 6  服务发现模式列表', '表格 7 服务发现模式列表'],
  ['2009，开始使用', '2009 年，开始使用'],
];

/** Editing debris the site drops: table of contents, blank/&nbsp; lines, image links, rules. */
const DEBRIS = [/^\[TOC\]$/, /^#\s*目录$/, /^!\[[^\]]*\]\([^)]*\)$/, /^-{3,}$/, /^\|?\s*-{3,}/];

/** URLs with balanced parentheses, e.g. …/dn568099(v=pandp.10). */
const URL_PATTERN = /https?:\/\/(?:[^\s()"“”<>]|\([^\s()]*\))+/g;

/** Letters and digits only, lower-cased: spacing, punctuation and case are typography, not content. */
export function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

export function correctedSeed(): string {
  let text = readFileSync(SEED_FILE, 'utf8').replace(/\r\n/g, '\n').replace(/\u00a0/g, ' ');
  for (const [from, to] of CORRECTIONS) {
    if (!text.includes(from)) throw new Error(`seed correction not found in the seed: ${from}`);
    text = text.split(from).join(to);
  }
  return text;
}

/** Every link target of the seed, as written (http and https kept apart). */
export function seedUrls(): string[] {
  return [...new Set(readFileSync(SEED_FILE, 'utf8').match(URL_PATTERN) ?? [])];
}

/**
 * The seed as a list of fragments that must each appear on the site: every heading, sentence,
 * list item and table cell, with markup, numbering and URLs removed. Sentences are split at 。；
 * so that a fragment stays within one paragraph or cell of the site.
 */
export function seedFragments(): string[] {
  const fragments: string[] = [];
  for (const rawLine of correctedSeed().split('\n')) {
    const line = rawLine.trim();
    if (!line || DEBRIS.some((pattern) => pattern.test(line))) continue;
    const cells = line.startsWith('|') ? line.slice(1, line.endsWith('|') ? -1 : undefined).split('|') : [line];
    for (const cell of cells) {
      const text = cell
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // [text](url) → text
        .replace(URL_PATTERN, ' ')
        .replace(/\bwww\.[^\s()]+(?:\(\))?/g, ' ') // bare www.… addresses (checked as links)
        .replace(/^#+\s*/, '') // heading marks
        .replace(/^\[\d+\][.:]\s*/, '') // [1]. and [1]: reference numbers
        .replace(/^\d+(?:\.\d+)*\s+/, '') // section numbers 1.2.1
        .replace(/^\d+\)\s*/, '') // 1) list numbers
        .replace(/^[*-]\s+/, '') // bullets
        .replace(/\*\*/g, '');
      for (const sentence of text.split(/[。；]/)) {
        const normalized = normalize(sentence);
        if (normalized) fragments.push(normalized);
      }
    }
  }
  return [...new Set(fragments)];
}
