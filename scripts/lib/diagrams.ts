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
export const RENDER_VERSION = 2;

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

/** Site path (under the base URL) of a rendered diagram. */
export function diagramPath(key: string, theme: DiagramTheme): string {
  return `diagrams/${key}-${theme}.svg`;
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
