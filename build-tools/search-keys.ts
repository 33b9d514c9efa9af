/**
 * Pinyin keys of the site's Chinese names (patterns, chapters, glossary terms, CNCF descriptions' projects): what
 * the search box compares a Latin query with, so that "duanluqi", "duan lu qi" and "dlq" find 断路器. Computed at
 * build time; pinyin-pro never ships to the browser.
 */
import {pinyin} from 'pinyin-pro';

export interface PinyinKeys {
  /** Full pinyin without tones or spaces, Latin words kept: 断路器 → duanluqi, Sidecar 代理 → sidecardaili. */
  readonly full: string;
  /** First letters of each syllable and of each Latin word: 断路器 → dlq, Sidecar 代理 → sdl. */
  readonly initials: string;
}

const HAN = /[\u3400-\u9fff]/;

/** Pinyin keys of a name, or undefined when it has no Chinese characters (nothing to transliterate). */
export function pinyinKeys(name: string): PinyinKeys | undefined {
  if (!HAN.test(name)) return undefined;
  // Syllables for Chinese characters, whole words for Latin runs; punctuation dropped.
  const parts = pinyin(name, {toneType: 'none', type: 'array', nonZh: 'consecutive', v: true})
    .flatMap((part) => part.toLowerCase().split(/[^a-z0-9]+/))
    .filter(Boolean);
  return {full: parts.join(''), initials: parts.map((p) => p[0]).join('')};
}
