import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {deflateSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {decodePng, optimizePng} from '@site/build-tools/png';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  MANIFEST_PATH,
  STATIC_DIR,
  expectedCards,
  listCardFiles,
  pngSize,
  readManifest,
} from '@site/build-tools/social-cards';

const FIX = 'run "npm run social-cards" (needs Chromium and fonts-noto-cjk) and commit static/img/social';

const expected = expectedCards();
const manifest = readManifest();

describe('social cards (static/img/social)', () => {
  it('has a manifest', () => {
    expect(existsSync(MANIFEST_PATH), `${path.relative(STATIC_DIR, MANIFEST_PATH)} is missing: ${FIX}`).toBe(true);
  });

  it.each(Object.entries(expected))('%s has a current 1200×630 card', (id, card) => {
    const entry = manifest[id];
    expect(entry, `${id} has no card: ${FIX}`).toBeDefined();
    expect(entry, `the card of ${id} is stale (title, chapter or design changed): ${FIX}`).toEqual(card);
    const file = path.join(STATIC_DIR, card.file);
    expect(existsSync(file), `${card.file} is missing: ${FIX}`).toBe(true);
    expect(pngSize(readFileSync(file)), `${card.file} has the wrong size: ${FIX}`).toEqual({
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
    });
  });

  it('holds no card or manifest entry for a doc that no longer exists', () => {
    const wanted = new Set(Object.values(expected).map((card) => card.file));
    const orphans = listCardFiles().filter((file) => !wanted.has(file));
    expect(orphans, `orphan cards: ${FIX}`).toEqual([]);
    const stale = Object.keys(manifest).filter((id) => !(id in expected));
    expect(stale, `manifest entries without a doc: ${FIX}`).toEqual([]);
  });
});

/** A minimal 8-bit RGB PNG (filter 0 on each row). */
function rgbPng(width: number, height: number, pixel: (x: number, y: number) => [number, number, number]): Buffer {
  const raw = Buffer.alloc(height * (width * 3 + 1));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw.set(pixel(x, y), y * (width * 3 + 1) + 1 + x * 3);
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]); // CRC unchecked by the reader
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, {level: 0})),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('optimizePng (upng-js)', () => {
  const colours: Array<[number, number, number]> = [
    [11, 110, 79],
    [255, 255, 255],
    [207, 232, 222],
  ];
  const pixel = (x: number, y: number) => colours[(x * 7 + y * 3) % 3]!;

  it('re-encodes an image of few colours as a smaller palette PNG with the same pixels', () => {
    const original = rgbPng(40, 30, pixel);
    const optimized = optimizePng(original);
    expect(optimized.length).toBeLessThan(original.length);
    expect(optimized[25], 'colour type 3 (palette)').toBe(3);
    expect(pngSize(optimized)).toEqual({width: 40, height: 30});
    const {rgba} = decodePng(optimized);
    const pixels = Array.from({length: 30 * 40}, (_, i) => [rgba[i * 4], rgba[i * 4 + 1], rgba[i * 4 + 2]]);
    expect(pixels).toEqual(Array.from({length: 30 * 40}, (_, i) => pixel(i % 40, Math.floor(i / 40))));
  });
});

describe('pngSize', () => {
  it('reads width and height from the IHDR header and rejects other files', () => {
    expect(pngSize(rgbPng(3, 2, () => [0, 0, 0]))).toEqual({width: 3, height: 2});
    expect(() => pngSize(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toThrow('not a PNG');
  });
});
