import {createHash} from 'node:crypto';
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import {DOCS_DIR, ROOT, listFiles} from './docs';

/**
 * Which English pages are missing or out of date. Each English page (i18n/en/…/current/<same path as docs/>) records
 * in its front matter the hash of the Chinese page it was translated from (`source_hash`); when the Chinese page
 * changes, its hash no longer matches and the page is listed as stale until the translation is updated and stamped
 * again (`npm run translations -- --stamp <file>`).
 */

export const EN_DOCS_DIR = path.join(ROOT, 'i18n/en/docusaurus-plugin-content-docs/current');
export const HASH_KEY = 'source_hash';

export type TranslationState = 'missing' | 'unstamped' | 'stale' | 'current';

export interface TranslationStatus {
  /** Path below docs/, e.g. orchestration/kubernetes.md. */
  readonly doc: string;
  readonly state: TranslationState;
  /** The hash of the Chinese page now. */
  readonly sourceHash: string;
  /** The hash the translation records, if any. */
  readonly recorded?: string;
}

/** The hash of a Chinese page: its text with line endings and trailing blanks normalised, 12 hex digits of SHA-256. */
export function sourceHash(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trimEnd();
  return createHash('sha256').update(normalised).digest('hex').slice(0, 12);
}

/** The state of every Chinese page's English twin, in path order. */
export function translationStatus(docsDir = DOCS_DIR, enDir = EN_DOCS_DIR): TranslationStatus[] {
  return listFiles(docsDir, /\.mdx?$/)
    .map((file) => path.relative(docsDir, file).split(path.sep).join('/'))
    .sort()
    .map((doc): TranslationStatus => {
      const hash = sourceHash(readFileSync(path.join(docsDir, doc), 'utf8'));
      const twin = path.join(enDir, doc);
      if (!existsSync(twin)) return {doc, state: 'missing', sourceHash: hash};
      const recorded: unknown = matter(readFileSync(twin, 'utf8')).data[HASH_KEY];
      if (typeof recorded !== 'string' || !recorded) return {doc, state: 'unstamped', sourceHash: hash};
      return {doc, state: recorded === hash ? 'current' : 'stale', sourceHash: hash, recorded};
    });
}

/**
 * Records the Chinese page's current hash in its translation's front matter (after the translation was brought up to
 * date). Only the `source_hash:` line is written; the rest of the file stays as it is.
 */
export function stampTranslation(doc: string, docsDir = DOCS_DIR, enDir = EN_DOCS_DIR): string {
  const source = path.join(docsDir, doc);
  const twin = path.join(enDir, doc);
  if (!existsSync(source)) throw new Error(`translations: no Chinese page docs/${doc}`);
  if (!existsSync(twin)) throw new Error(`translations: no English page for docs/${doc} (expected ${path.relative(ROOT, twin)})`);
  const hash = sourceHash(readFileSync(source, 'utf8'));
  const text = readFileSync(twin, 'utf8');
  const front = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!front) throw new Error(`translations: ${path.relative(ROOT, twin)} has no front matter`);
  const line = `${HASH_KEY}: ${hash}`;
  const lines = front[1]!.split('\n');
  const at = lines.findIndex((l) => l.startsWith(`${HASH_KEY}:`));
  if (at >= 0) lines[at] = line;
  else lines.push(line);
  writeFileSync(twin, `---\n${lines.join('\n')}\n---\n${text.slice(front[0].length)}`);
  return hash;
}

/** A report for people: the counts, then each page that needs work. */
export function formatStatus(status: readonly TranslationStatus[]): string {
  const count = (s: TranslationState) => status.filter((t) => t.state === s).length;
  const lines = [`${status.length} Chinese pages: ${count('current')} translated and current, ${count('stale')} stale, ${count('unstamped')} without ${HASH_KEY}, ${count('missing')} not translated`];
  const label: Record<TranslationState, string> = {
    stale: 'stale (the Chinese page changed since)',
    unstamped: `no ${HASH_KEY} in its front matter`,
    missing: 'not translated',
    current: 'current',
  };
  for (const t of status) if (t.state !== 'current') lines.push(`  docs/${t.doc}: ${label[t.state]}`);
  return lines.join('\n');
}
