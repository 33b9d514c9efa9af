import {Highlight, Prism, themes, type PrismTheme} from 'prism-react-renderer';
import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import {CLASS_ONLY_THEME, accessibleTheme, tokenCss, tokenKinds} from '@site/config/prism';
import {highlightedCode} from '@site/build-tools/docs';

const LIGHT = accessibleTheme(themes.github);
const DARK = accessibleTheme(themes.dracula);
const MODES = {light: "html:not([data-theme='dark'])", dark: "html[data-theme='dark']"} as const;

/** Each token's classes and inline style, as the theme's code block renders them with `theme`. */
function tokens(code: string, language: string, theme: PrismTheme): {classes: string[]; style: Record<string, string>}[] {
  const html = renderToStaticMarkup(
    <Highlight prism={Prism} theme={theme} code={code} language={language}>
      {({tokens: lines, getLineProps, getTokenProps}) => (
        <pre>
          {lines.map((line, i) => (
            <div key={i} {...getLineProps({line})}>
              {line.map((token, j) => (
                <span key={j} {...getTokenProps({token})} />
              ))}
            </div>
          ))}
        </pre>
      )}
    </Highlight>,
  );
  return [...html.matchAll(/<span class="([^"]*)"(?: style="([^"]*)")?/g)].map(([, classes, style]) => ({
    classes: classes!.split(' '),
    style: Object.fromEntries((style ?? '').split(';').filter(Boolean).map((d) => d.split(':') as [string, string])),
  }));
}

interface Selector {
  readonly mode: string;
  readonly language?: string;
  readonly classes: readonly string[];
}
interface Rule {
  readonly selectors: readonly Selector[];
  readonly specificity: number;
  readonly declarations: Record<string, string>;
}

/** The generated stylesheet as a medium sees it: the rules outside `@media`, and those of its own `@media` blocks. */
function forMedium(css: string, medium: 'screen' | 'print'): string {
  return css.replace(/@media (screen|print)\{([^@]*?)\n\}/g, (_, media: string, inner: string) => (media === medium ? inner : ''));
}

/** The generated stylesheet as rules: what each selector asks of the token, and its declarations. */
function rules(css: string): Rule[] {
  return [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].flatMap(([, text, body]) => {
    const selectors = text!.split(/,(?![^(]*\))/).flatMap((s): Selector[] => {
      const m = /^\s*:where\((.+?)(?: \.language-([\w-]+))?\) \.token((?:\.[\w-]+)+)\s*$/.exec(s);
      return m ? [{mode: m[1]!, language: m[2], classes: m[3]!.slice(1).split('.')}] : [];
    });
    if (!selectors.length) return [];
    const declarations = Object.fromEntries(body!.split(';').filter(Boolean).map((d) => d.split(':') as [string, string]));
    return [{selectors, specificity: selectors[0]!.classes.length, declarations}];
  });
}

/** What the cascade gives a token: the matching rules by specificity, then in order, the later one winning. */
function cascade(css: readonly Rule[], mode: string, language: string, classes: readonly string[]): Record<string, string> {
  const matching = css.filter((r) =>
    r.selectors.some((s) => s.mode === mode && (!s.language || s.language === language) && s.classes.every((c) => classes.includes(c))),
  );
  const out: Record<string, string> = {};
  for (const rule of matching.map((r, i) => [r, i] as const).sort(([a, i], [b, j]) => a.specificity - b.specificity || i - j)) Object.assign(out, rule[0].declarations);
  return out;
}

/** The parent line's style: the plain colour, which a token without a colour of its own inherits. */
const INHERITED = 'inherit';

describe('code colours by token class (config/prism.ts, plugins/prism-css.ts)', () => {
  const blocks = highlightedCode().map((b) => ({file: b.file, language: b.lang, code: b.code}));
  const generated = tokenCss(LIGHT, DARK, tokenKinds(Prism, blocks));
  const css = rules(forMedium(generated, 'screen'));
  const printed = rules(forMedium(generated, 'print'));

  it('finds the code of the site', () => {
    expect(blocks.length).toBeGreaterThan(40);
    expect(new Set(blocks.map((b) => b.language))).toEqual(new Set(['yaml', 'ts', 'go']));
  });

  it('the class-only theme writes classes and no inline colour', () => {
    const {language, code} = blocks[0]!;
    const all = tokens(code, language, CLASS_ONLY_THEME);
    expect(all.length).toBeGreaterThan(10);
    expect(all.filter((t) => Object.keys(t.style).some((k) => k !== 'display'))).toEqual([]);
  });

  const cases = [
    ['light', LIGHT, 'light', css],
    ['dark', DARK, 'dark', css],
    // Printed from dark mode, the code has the light theme's colours.
    ['light (printed from dark mode)', LIGHT, 'dark', printed],
  ] as const;
  for (const [name, theme, mode, sheet] of cases) {
    it(`gives every token of the site's code the style the ${name} theme would have inlined`, () => {
      const differences: string[] = [];
      let styled = 0;
      for (const {file, language, code} of blocks) {
        for (const {classes, style} of tokens(code, language, theme)) {
          const {display: _display, ...expected} = style;
          if (Object.keys(expected).length) styled += 1;
          const actual = cascade(sheet, MODES[mode], language, classes.filter((c) => c !== 'token'));
          for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
            const want = expected[key] ?? INHERITED;
            if ((actual[key] ?? INHERITED) !== want) differences.push(`${file} ${classes.join('.')}: ${key} ${actual[key]} instead of ${want}`);
          }
        }
      }
      expect(styled).toBeGreaterThan(1000);
      expect([...new Set(differences)]).toEqual([]);
    });
  }

  it('sets each mode\'s plain colour and background, light also without JavaScript', () => {
    const css2 = tokenCss(LIGHT, DARK);
    expect(css2).toContain(`:where(${MODES.light}){--prism-color:${LIGHT.plain.color};--prism-background-color:${LIGHT.plain.backgroundColor}}`);
    expect(css2).toContain(`:where(${MODES.dark}){--prism-color:${DARK.plain.color};--prism-background-color:${DARK.plain.backgroundColor}}`);
  });
});
