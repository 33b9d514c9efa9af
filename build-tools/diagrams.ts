import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {ROOT, codeBlocks, readDocs} from './docs';

/**
 * Mermaid figures are rendered ahead of time (npm run diagrams) to static/diagrams/<doc id>/<n>-{light,dark}.svg,
 * so no page ships Mermaid's JavaScript. plugins/remark-static-diagrams.ts swaps each ```mermaid block for the two
 * images at build time and stops the build if one is missing or stale.
 */
export const DIAGRAMS_DIR = path.join(ROOT, 'static/diagrams');
export const DIAGRAMS_MANIFEST = path.join(DIAGRAMS_DIR, 'manifest.json');

/** Bump when the rendering below changes, so every SVG is re-rendered. */
export const RENDER_VERSION = 3;

/** Width of a phone's content column (390 px screen): a diagram wider than this is shown scaled down. */
export const PHONE_COLUMN = 358;

/** Mermaid settings for each site theme (the site used to run theme-mermaid with neutral/dark). */
export const THEMES = {
  light: {theme: 'neutral', themeCSS: ''},
  // Mermaid's dark theme draws edge labels #ccc on grey (4.4:1): lighten them to pass WCAG AA.
  dark: {theme: 'dark', themeCSS: '.edgeLabel text, .edgeLabel tspan, .edgeLabel span, .edgeLabel p { fill: #f0f0f0; color: #f0f0f0; }'},
} as const;
export type DiagramTheme = keyof typeof THEMES;

export function mermaidVersion(): string {
  return (JSON.parse(readFileSync(path.join(ROOT, 'node_modules/mermaid/package.json'), 'utf8')) as {version: string}).version;
}

export interface DiagramSource {
  /** "<doc id>/<n>", n counting the page's Mermaid blocks from 1. */
  readonly key: string;
  readonly docId: string;
  readonly index: number;
  readonly code: string;
  /** accTitle and accDescr of the diagram: the images' alt text. */
  readonly alt: string;
}

export interface DiagramEntry {
  readonly hash: string;
  readonly width: number;
  readonly height: number;
  readonly alt: string;
  /**
   * Size of the top-to-bottom rendering shown on narrow screens (<key>-narrow-<theme>.svg), for a left-to-right
   * flowchart that phones would otherwise shrink: recorded only where it is at least half as large again on a phone.
   */
  readonly narrow?: {readonly width: number; readonly height: number};
}

/**
 * The same flowchart laid out top to bottom, for phones: `flowchart LR` (or RL, or `graph LR`) becomes TB.
 * Undefined for a diagram that is not a left-to-right flowchart (sequence and state diagrams keep their layout).
 */
export function narrowVariant(code: string): string | undefined {
  const pattern = /^(\s*(?:flowchart|graph)\s+)(LR|RL)\b/m;
  return pattern.test(code) ? code.replace(pattern, '$1TB') : undefined;
}

/** How large a diagram of this width is drawn in a phone's column (1 = its natural size). */
export function phoneScale(width: number): number {
  return Math.min(1, PHONE_COLUMN / width);
}

/** Whether the narrow rendering is worth showing: half as large again on a phone as the wide one. */
export function narrowIsBetter(wide: {width: number}, narrow: {width: number}): boolean {
  return phoneScale(narrow.width) >= 1.5 * phoneScale(wide.width);
}

export type DiagramManifest = Record<string, DiagramEntry>;

export function diagramHash(code: string, version = mermaidVersion()): string {
  return createHash('sha256').update(JSON.stringify({code: code.trim(), themes: THEMES, mermaid: version, render: RENDER_VERSION})).digest('hex');
}

/** Alt text from a Mermaid block's accTitle/accDescr. */
export function diagramAlt(code: string): string {
  const title = /^\s*accTitle:\s*(.+)$/m.exec(code)?.[1]?.trim();
  const descr = /^\s*accDescr:\s*(.+)$/m.exec(code)?.[1]?.trim();
  return [title, descr].filter(Boolean).join('：');
}

/** Site path (under the base URL) of a rendered diagram; `narrow` for its top-to-bottom rendering. */
export function diagramPath(key: string, theme: DiagramTheme, variant: 'wide' | 'narrow' = 'wide'): string {
  return `diagrams/${key}-${variant === 'narrow' ? 'narrow-' : ''}${theme}.svg`;
}

/** Every SVG file that a manifest entry stands for. */
export function diagramFiles(key: string, entry: DiagramEntry): string[] {
  const variants = entry.narrow ? (['wide', 'narrow'] as const) : (['wide'] as const);
  return variants.flatMap((v) => (Object.keys(THEMES) as DiagramTheme[]).map((t) => diagramPath(key, t, v)));
}

/** Every Mermaid block of docs/, in file order. */
export function diagramSources(): DiagramSource[] {
  return readDocs().flatMap((doc) =>
    codeBlocks(doc.body)
      .filter((b) => b.lang === 'mermaid')
      .map((b, i) => ({key: `${doc.id}/${i + 1}`, docId: doc.id, index: i + 1, code: b.code, alt: diagramAlt(b.code)})),
  );
}

export function readDiagramManifest(): DiagramManifest {
  return existsSync(DIAGRAMS_MANIFEST) ? (JSON.parse(readFileSync(DIAGRAMS_MANIFEST, 'utf8')) as DiagramManifest) : {};
}
