import {createHash} from 'node:crypto';
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {chapters} from '../src/data/chapters';
import {SOCIAL_CARD_DIR, socialCardPath} from '../src/social/cardPath';
import {ROOT, readDocs} from './docs';
import {DESIGN_VERSION} from './social-card-html';

export {CARD_HEIGHT, CARD_WIDTH, DESIGN_VERSION} from './social-card-html';

export const STATIC_DIR = path.join(ROOT, 'static');
export const SOCIAL_DIR = path.join(STATIC_DIR, SOCIAL_CARD_DIR);
export const MANIFEST_PATH = path.join(SOCIAL_DIR, 'manifest.json');

/** What a card shows, and where it goes. */
export interface CardSpec {
  /** Path under static/, e.g. img/social/patterns/circuit-breaker.png */
  readonly file: string;
  readonly title: string;
  /** Title of the chapter the doc belongs to (src/data/chapters.ts). */
  readonly chapter: string;
  /** sha256 of title, chapter and DESIGN_VERSION: a card whose hash differs is stale. */
  readonly hash: string;
}

/** static/img/social/manifest.json: doc id -> card. */
export type Manifest = Record<string, CardSpec>;

export function cardHash(title: string, chapter: string): string {
  return createHash('sha256').update(JSON.stringify({title, chapter, design: DESIGN_VERSION})).digest('hex');
}

/** The chapter a doc is listed in; every doc is in exactly one (tests/unit/docs.test.ts). */
export function chapterTitle(docId: string): string {
  const chapter = chapters.find((c) => c.index === docId || c.pages.includes(docId));
  if (!chapter) throw new Error(`${docId} is in no chapter of src/data/chapters.ts`);
  return chapter.title;
}

/** The card every doc in docs/ should have now, by doc id, in file order. */
export function expectedCards(): Manifest {
  const cards: Manifest = {};
  for (const doc of readDocs()) {
    const title = doc.frontMatter.title;
    if (typeof title !== 'string' || !title.trim()) throw new Error(`${doc.file} has no front matter title`);
    const chapter = chapterTitle(doc.id);
    cards[doc.id] = {file: socialCardPath(doc.id), title, chapter, hash: cardHash(title, chapter)};
  }
  return cards;
}

export function readManifest(): Manifest {
  return existsSync(MANIFEST_PATH) ? (JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as Manifest) : {};
}

/** Every PNG under static/img/social, as paths under static/ (img/social/…). */
export function listCardFiles(dir = SOCIAL_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, {withFileTypes: true})
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return listCardFiles(full);
      return entry.name.endsWith('.png') ? [path.relative(STATIC_DIR, full).split(path.sep).join('/')] : [];
    })
    .sort();
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk (always the first chunk, right after the 8-byte signature). */
export function pngSize(bytes: Buffer): {width: number; height: number} {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG file');
  }
  return {width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20)};
}
