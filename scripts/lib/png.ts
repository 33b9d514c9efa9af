import {deflateSync, inflateSync} from 'node:zlib';

/**
 * Makes Chromium's screenshots small without a new dependency: a social card is a few flat colours plus the
 * anti-aliased edges between them (about 700 colours), so it is re-encoded as an 8-bit palette PNG (one byte
 * a pixel instead of three, no row filter) and deflated at level 9. Colours are reduced to 64 by median cut
 * on the distinct colours; each palette entry is the most frequent colour of its box, so the flat fills
 * (background, white, label) stay exact and only edge pixels move, by a few levels: no visible change at 4×
 * zoom, and a card drops from about 65 KB to about 22 KB (256 colours: 27 KB, 32 colours: 20 KB).
 */

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = Array.from({length: 256}, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

interface Rgb {
  readonly width: number;
  readonly height: number;
  /** 3 bytes a pixel, rows top to bottom. */
  readonly pixels: Buffer;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decodes an 8-bit, non-interlaced RGB or opaque RGBA PNG (what Chromium writes); undefined for anything else. */
function decodeRgb(png: Buffer): Rgb | undefined {
  if (!png.subarray(0, 8).equals(SIGNATURE)) return undefined;
  let offset = 8;
  let header: Buffer | undefined;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = data;
    else if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  if (!header) return undefined;
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const [depth, colourType, , , interlace] = [header[8], header[9], header[10], header[11], header[12]];
  if (depth !== 8 || (colourType !== 2 && colourType !== 6) || interlace !== 0) return undefined;
  const bpp = colourType === 6 ? 4 : 3;
  const stride = width * bpp;
  const raw = inflateSync(Buffer.concat(idat));
  const pixels = Buffer.alloc(width * height * 3);
  let previous = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? line[x - bpp]! : 0;
      const b = previous[x]!;
      const c = x >= bpp ? previous[x - bpp]! : 0;
      const predictor = filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : filter === 4 ? paeth(a, b, c) : 0;
      line[x] = (line[x]! + predictor) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      if (bpp === 4 && line[x * 4 + 3] !== 0xff) return undefined; // transparency: leave the file alone
      line.copy(pixels, (y * width + x) * 3, x * bpp, x * bpp + 3);
    }
    previous = line;
  }
  return {width, height, pixels};
}

interface Colour {
  readonly rgb: number;
  readonly channels: readonly [number, number, number];
  readonly count: number;
}

/** Median cut over the distinct colours; each box is represented by its most frequent colour. */
function palette(colours: readonly Colour[], size: number): number[] {
  const boxes: Colour[][] = [[...colours]];
  const range = (box: readonly Colour[], ch: number) =>
    Math.max(...box.map((c) => c.channels[ch]!)) - Math.min(...box.map((c) => c.channels[ch]!));
  while (boxes.length < size) {
    let widest = -1;
    let widestRange = 0;
    let channel = 0;
    boxes.forEach((box, i) => {
      for (let ch = 0; ch < 3; ch++) {
        const r = range(box, ch);
        if (box.length > 1 && r > widestRange) [widest, widestRange, channel] = [i, r, ch];
      }
    });
    if (widest < 0) break;
    const box = boxes[widest]!.sort((p, q) => p.channels[channel]! - q.channels[channel]!);
    const half = box.length >> 1;
    boxes.splice(widest, 1, box.slice(0, half), box.slice(half));
  }
  return boxes.map((box) => box.reduce((best, c) => (c.count > best.count ? c : best)).rgb);
}

/** A smaller PNG showing (nearly) the same picture; the input unchanged when it is not a plain opaque 8-bit PNG. */
export function optimizePng(png: Buffer, colours = 64): Buffer {
  const image = decodeRgb(png);
  if (!image) return png;
  const {width, height, pixels} = image;

  const counts = new Map<number, number>();
  for (let i = 0; i < pixels.length; i += 3) {
    const rgb = (pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!;
    counts.set(rgb, (counts.get(rgb) ?? 0) + 1);
  }
  const distinct: Colour[] = [...counts].map(([rgb, count]) => ({rgb, count, channels: [rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff]}));
  const entries = palette(distinct, colours);
  const channelsOf = (rgb: number) => [rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff] as const;
  const indexOf = new Map<number, number>();
  for (const {rgb, channels} of distinct) {
    let best = 0;
    let bestDistance = Infinity;
    entries.forEach((entry, i) => {
      const e = channelsOf(entry);
      const d = (e[0] - channels[0]) ** 2 + (e[1] - channels[1]) ** 2 + (e[2] - channels[2]) ** 2;
      if (d < bestDistance) [best, bestDistance] = [i, d];
    });
    indexOf.set(rgb, best);
  }

  // Filter type 0 (none) on every row: the usual best choice for palette images.
  const raw = Buffer.alloc(height * (width + 1));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      raw[y * (width + 1) + 1 + x] = indexOf.get((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!)!;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 3; // colour type: palette
  const plte = Buffer.concat(entries.map((rgb) => Buffer.from(channelsOf(rgb))));
  const out = Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', plte),
    chunk('IDAT', deflateSync(raw, {level: 9, memLevel: 9})),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return out.length < png.length ? out : png;
}
