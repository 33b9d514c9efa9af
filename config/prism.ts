/**
 * Prism themes with every token colour adjusted, keeping its hue, until it reaches WCAG AA (4.5:1) against
 * the theme's background. The stock themes fail axe's color-contrast rule (github's light tokens go down to
 * 2.6:1, dracula's comments to 3.0:1).
 */
import type {PrismTheme} from 'prism-react-renderer';

type Rgb = [number, number, number];

function parse(color: string): Rgb | undefined {
  const hex = /^#([0-9a-f]{6})$/i.exec(color.trim());
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)) as Rgb;
  const short = /^#([0-9a-f]{3})$/i.exec(color.trim());
  if (short) return [...short[1]!].map((c) => parseInt(c + c, 16)) as Rgb;
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(color.trim());
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  return undefined;
}

const hex = (c: Rgb) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

function luminance([r, g, b]: Rgb): number {
  const [lr, lg, lb] = [r, g, b].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lr! + 0.7152 * lg! + 0.0722 * lb!;
}

export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Mixes the colour towards black (light background) or white (dark background) until it reaches `min`. */
function accessible(color: Rgb, background: Rgb, min: number): Rgb {
  const target: Rgb = luminance(background) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  let out = color;
  for (let step = 0; step <= 20 && contrast(out, background) < min; step++) {
    out = color.map((v, i) => v + ((target[i]! - v) * step) / 20) as Rgb;
  }
  return out;
}

export function accessibleTheme(theme: PrismTheme, min = 4.6): PrismTheme {
  const background = parse(String(theme.plain.backgroundColor ?? '#ffffff')) ?? [255, 255, 255];
  const fix = (color: unknown) => {
    const rgb = typeof color === 'string' ? parse(color) : undefined;
    return rgb ? hex(accessible(rgb, background, min)) : color;
  };
  return {
    plain: {...theme.plain, color: fix(theme.plain.color) as string},
    styles: theme.styles.map((s) => ({...s, style: {...s.style, color: fix(s.style.color) as string | undefined}})),
  };
}
