/**
 * npm run diagrams: renders every ```mermaid block of docs/ to static/diagrams/<doc id>/<n>-light.svg and
 * -dark.svg with Mermaid in Debian's Chromium, left-to-right flowcharts also top to bottom for phones
 * (<n>-narrow-light.svg, -narrow-dark.svg, where that helps), and records them in static/diagrams/manifest.json. Only new or
 * changed diagrams are rendered (`-- --force` renders all); SVGs of removed diagrams are deleted. Commit the
 * result: the build uses these files and fails on a missing or stale one.
 */
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {launchChromium} from '../build-tools/chromium';
import {ROOT, listFiles} from '../build-tools/docs';
import {
  DIAGRAMS_DIR,
  DIAGRAMS_MANIFEST,
  THEMES,
  diagramFiles,
  diagramHash,
  diagramPath,
  narrowIsBetter,
  narrowVariant,
  diagramSources,
  readDiagramManifest,
  type DiagramManifest,
  type DiagramTheme,
} from '../build-tools/diagrams';

async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  const sources = diagramSources();
  const previous = readDiagramManifest();
  const manifest: DiagramManifest = {};
  const browser = await launchChromium();
  const page = await browser.newPage({viewport: {width: 1200, height: 800}});
  await page.setContent('<!doctype html><html lang="zh-Hans"><meta charset="utf-8"><body style="font-family: \'Noto Sans CJK SC\', sans-serif"></body></html>');
  await page.addScriptTag({path: path.join(ROOT, 'node_modules/mermaid/dist/mermaid.min.js')});
  let rendered = 0;
  for (const source of sources) {
    const hash = diagramHash(source.code);
    const old = previous[source.key];
    if (!force && old?.hash === hash) {
      manifest[source.key] = old;
      continue;
    }
    const render = async (code: string, variant: 'wide' | 'narrow') => {
      let size = {width: 0, height: 0};
      for (const theme of Object.keys(THEMES) as DiagramTheme[]) {
        const {svg, width, height} = await page.evaluate(
          async ({code, id, settings}) => {
            const m = (window as unknown as {mermaid: {initialize(c: object): void; render(id: string, code: string): Promise<{svg: string}>}}).mermaid;
            m.initialize({
              startOnLoad: false,
              securityLevel: 'strict',
              theme: settings.theme,
              themeCSS: settings.themeCSS,
              fontFamily: '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif',
              // Plain SVG text instead of HTML in foreignObject: the SVG is shown through <img>.
              htmlLabels: false,
              flowchart: {htmlLabels: false},
            });
            const {svg} = await m.render(id, code);
            const holder = document.createElement('div');
            holder.innerHTML = svg;
            const root = holder.querySelector('svg')!;
            const box = root.viewBox.baseVal;
            const size = {width: Math.ceil(box.width), height: Math.ceil(box.height)};
            // Shown through <img>: give the SVG its real size instead of Mermaid's width="100%" + max-width.
            root.setAttribute('width', String(size.width));
            root.setAttribute('height', String(size.height));
            root.style.removeProperty('max-width');
            return {svg: new XMLSerializer().serializeToString(root), ...size};
          },
          {code, id: `d${rendered}${variant}${theme}`, settings: THEMES[theme]},
        );
        const out = path.join(ROOT, 'static', diagramPath(source.key, theme, variant));
        mkdirSync(path.dirname(out), {recursive: true});
        writeFileSync(out, svg);
        size = {width, height};
      }
      return size;
    };
    const size = await render(source.code, 'wide');
    // Phones get the flowchart top to bottom where that draws it at least half as large again (narrowIsBetter).
    const narrowCode = narrowVariant(source.code);
    let narrow = narrowCode ? await render(narrowCode, 'narrow') : undefined;
    if (narrow && !narrowIsBetter(size, narrow)) narrow = undefined;
    manifest[source.key] = {hash, width: size.width, height: size.height, alt: source.alt, ...(narrow ? {narrow} : {})};
    rendered += 1;
    console.log(`rendered ${source.key} (${size.width}×${size.height}${narrow ? `, narrow ${narrow.width}×${narrow.height}` : ''})`);
  }
  await browser.close();
  const keep = new Set(Object.entries(manifest).flatMap(([k, entry]) => diagramFiles(k, entry).map((f) => path.join(ROOT, 'static', f))));
  for (const file of listFiles(DIAGRAMS_DIR, /\.svg$/)) {
    if (file.endsWith('.svg') && !keep.has(file)) {
      rmSync(file);
      console.log(`removed ${path.relative(ROOT, file)}`);
    }
  }
  writeFileSync(DIAGRAMS_MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`${rendered} of ${sources.length} diagrams rendered`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
