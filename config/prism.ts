/**
 * Prism themes with every token colour adjusted, keeping its hue, until it reaches WCAG AA (4.5:1) against
 * the theme's background. The stock themes fail axe's color-contrast rule (github's light tokens go down to
 * 2.6:1, dracula's comments to 3.0:1).
 */
import {normalizeTokens, type Prism, type PrismTheme} from 'prism-react-renderer';

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

/**
 * The theme the site gives Docusaurus: no colours at all. prism-react-renderer then writes no inline style, only
 * each token's classes (`token keyword`), and the colours come from tokenCss() below. The server's HTML is thus the
 * same in light and dark mode, right before any JavaScript runs, and hydration needs no Prism to match it
 * (src/theme/CodeBlock/Content).
 */
export const CLASS_ONLY_THEME: PrismTheme = {plain: {}, styles: []};

type Declarations = Record<string, string | number | undefined>;

const declarations = (style: Declarations): string =>
  Object.entries(style)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${value}`)
    .join(';');

/** A token's types in order (`['function-variable', 'function']`) and the language of its block. */
export interface TokenKind {
  readonly language: string;
  readonly types: readonly string[];
}

/** The distinct kinds of token in some code, as prism-react-renderer's Highlight sees them (types nest in order). */
export function tokenKinds(prism: typeof Prism, blocks: readonly {language: string; code: string}[]): TokenKind[] {
  const seen = new Map<string, TokenKind>();
  for (const {language, code} of blocks) {
    const grammar = prism.languages[language.toLowerCase()];
    if (!grammar) continue;
    for (const line of normalizeTokens(prism.tokenize(code, grammar))) {
      for (const {types} of line) {
        if (types.length > 1) seen.set(`${language} ${types.join(' ')}`, {language: language.toLowerCase(), types});
      }
    }
  }
  return [...seen.values()];
}

/** prism-react-renderer's style for a token: the theme's entries merged by type, then the types merged in order. */
function inlineStyle(theme: PrismTheme, {language, types}: TokenKind): Declarations {
  const byType = new Map<string, Declarations>();
  for (const {types: entryTypes, languages, style} of theme.styles) {
    if (languages && !languages.includes(language)) continue;
    for (const t of entryTypes) byType.set(t, {...byType.get(t), ...(style as Declarations)});
  }
  return Object.assign({}, ...types.map((t) => byType.get(t)));
}

/** What one rule per theme entry gives the same token: every entry that names one of its types, the later winning. */
function cascadeStyle(theme: PrismTheme, {language, types}: TokenKind): Declarations {
  const out: Declarations = {};
  for (const {types: entryTypes, languages, style} of theme.styles) {
    if ((!languages || languages.includes(language)) && entryTypes.some((t) => types.includes(t))) Object.assign(out, style);
  }
  return out;
}

/**
 * CSS for the light and the dark theme, by token class. Without JavaScript (no data-theme) the light theme applies,
 * and in print always.
 *
 * One rule per theme entry, all of the same specificity (the mode and language conditions sit in :where()), so that
 * a later entry wins, as it does when prism-react-renderer merges a theme. For a token of several types the inline
 * theme lets the last type win (`function-variable function` is coloured as `function`) where the cascade lets the
 * last entry win: for each kind of token in `kinds` (the site's code) on which the two differ, a rule on all its
 * classes gives it the inline style. tests/unit/prism-css.test.tsx renders every token of the site both ways.
 */
export function tokenCss(light: PrismTheme, dark: PrismTheme, kinds: readonly TokenKind[] = []): string {
  const block = (mode: string, theme: PrismTheme): string[] => [
    `:where(${mode}){--prism-color:${theme.plain.color};--prism-background-color:${theme.plain.backgroundColor}}`,
    ...theme.styles.map(({types, languages, style}) => {
      const scope = languages ? ` :where(${languages.map((l) => `.language-${l}`).join(',')})` : '';
      return `${types.map((t) => `:where(${mode}${scope}) .token.${t}`).join(',')}{${declarations(style as Declarations)}}`;
    }),
    ...kinds.flatMap((kind) => {
      const wanted = inlineStyle(theme, kind);
      const got = cascadeStyle(theme, kind);
      const fix = Object.fromEntries(Object.keys({...wanted, ...got}).map((k) => [k, wanted[k] ?? 'inherit']));
      if (Object.keys(fix).every((k) => wanted[k] === got[k])) return [];
      return [`:where(${mode} .language-${kind.language}) .token.${kind.types.join('.')}{${declarations(fix)}}`];
    }),
  ];
  return [
    '/* Generated from the Prism themes in docusaurus.config.ts by config/prism.ts (tokenCss). */',
    ...block("html:not([data-theme='dark'])", light),
    // Paper is white: a page printed in dark mode gets the light theme, and none of the dark one.
    '@media screen{',
    ...block("html[data-theme='dark']", dark),
    '}',
    '@media print{',
    ...block("html[data-theme='dark']", light),
    '}',
    '',
  ].join('\n');
}
