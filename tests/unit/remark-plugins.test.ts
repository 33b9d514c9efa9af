import {existsSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import remarkGlossaryTerms from '@site/plugins/remark-glossary-terms';
import remarkStaticDiagrams from '@site/plugins/remark-static-diagrams';
import {
  DIAGRAMS_DIR,
  diagramFiles,
  diagramHash,
  diagramSources,
  narrowIsBetter,
  narrowVariant,
  phoneScale,
  readDiagramManifest,
} from '@site/build-tools/diagrams';
import {DOCS_DIR, ROOT, listFiles} from '@site/build-tools/docs';

const FIX = 'run "npm run diagrams" (needs Chromium) and commit static/diagrams';

describe('pre-rendered diagrams (npm run diagrams)', () => {
  const manifest = readDiagramManifest();
  const sources = diagramSources();

  it.each(sources.map((s) => [s.key, s] as const))('%s has current light and dark SVGs and alt text', (_key, source) => {
    const entry = manifest[source.key];
    expect(entry, `no rendering: ${FIX}`).toBeDefined();
    expect(entry!.hash, `stale rendering: ${FIX}`).toBe(diagramHash(source.code));
    for (const file of diagramFiles(source.key, entry!)) expect(existsSync(path.join(ROOT, 'static', file)), `${file}: ${FIX}`).toBe(true);
    expect(entry!.alt.length, 'accTitle/accDescr').toBeGreaterThan(10);
    expect(entry!.width).toBeGreaterThan(100);
  });

  it('keeps no SVG or manifest entry of a removed diagram', () => {
    const keys = new Set(sources.map((s) => s.key));
    expect(Object.keys(manifest).filter((k) => !keys.has(k)), FIX).toEqual([]);
    const expected = new Set(Object.entries(manifest).flatMap(([k, entry]) => diagramFiles(k, entry).map((f) => path.join(ROOT, 'static', f))));
    expect(listFiles(DIAGRAMS_DIR, /\.svg$/).filter((f) => !expected.has(f)), FIX).toEqual([]);
  });
});

describe('top-to-bottom renderings for phones', () => {
  it('re-lays left-to-right flowcharts only', () => {
    expect(narrowVariant('flowchart LR\n  a --> b')).toBe('flowchart TB\n  a --> b');
    expect(narrowVariant('%% c\ngraph RL\n  a --> b')).toBe('%% c\ngraph TB\n  a --> b');
    expect(narrowVariant('flowchart TB\n  a --> b')).toBeUndefined();
    expect(narrowVariant('sequenceDiagram\n  a ->> b: LR')).toBeUndefined();
  });

  it('keeps a narrow rendering only where a phone draws it half as large again', () => {
    expect(phoneScale(1324)).toBeCloseTo(0.27, 2);
    expect(narrowIsBetter({width: 1324}, {width: 315})).toBe(true);
    expect(narrowIsBetter({width: 927}, {width: 800})).toBe(false);
  });

  it('gives every wide flowchart that a phone would shrink below half its size a narrow rendering, or says why not', () => {
    const manifest = readDiagramManifest();
    const shrunk = diagramSources().filter((s) => narrowVariant(s.code) && phoneScale(manifest[s.key]!.width) < 0.3 && !manifest[s.key]!.narrow);
    expect(shrunk.map((s) => s.key)).toEqual([]);
  });
});

type Node = {type: string; [key: string]: unknown};

describe('remark-static-diagrams', () => {
  const file = {path: path.join(DOCS_DIR, 'orchestration/kubernetes.md')};
  const source = diagramSources().find((s) => s.key === 'orchestration/kubernetes/1')!;

  it('replaces a ```mermaid block with <StaticDiagram> and its alt text and size', () => {
    const tree = {type: 'root', children: [{type: 'code', lang: 'mermaid', value: source.code}]};
    remarkStaticDiagrams()(tree, file);
    const node = tree.children[0] as unknown as Node & {attributes: Array<{name: string; value: string}>};
    expect(node.type).toBe('mdxJsxFlowElement');
    expect(node.name).toBe('StaticDiagram');
    expect(Object.fromEntries(node.attributes.map((a) => [a.name, a.value]))).toMatchObject({id: 'orchestration/kubernetes/1', alt: source.alt});
  });

  it('stops the build, naming the file, when a diagram changed since it was rendered', () => {
    const tree = {type: 'root', children: [{type: 'code', lang: 'mermaid', value: `${source.code}\n  extra --> node`}]};
    expect(() => remarkStaticDiagrams()(tree, file)).toThrow(
      'docs/orchestration/kubernetes.md: Mermaid diagram 1 changed since it was rendered: run "npm run diagrams" and commit static/diagrams',
    );
  });
});

describe('remark-glossary-terms', () => {
  const file = {path: path.join(DOCS_DIR, 'cloud-native/cncf.md')};
  const term = (id: string) => ({type: 'mdxJsxTextElement', name: 'Term', attributes: [{type: 'mdxJsxAttribute', name: 'id', value: id}], children: []});

  it('fills in the names and definition of <Term id>', () => {
    const tree = {type: 'root', children: [{type: 'paragraph', children: [term('cncf-sandbox')]}]};
    remarkGlossaryTerms()(tree, file);
    const attributes = ((tree.children[0]!.children[0] as {attributes: unknown}).attributes as Array<{name: string; value: string}>).map((a) => [a.name, a.value]);
    expect(Object.fromEntries(attributes)).toMatchObject({id: 'cncf-sandbox', chinese: '沙箱', english: 'Sandbox'});
  });

  it('stops the build, naming the file and the id, on an unknown term', () => {
    const tree = {type: 'root', children: [term('no-such-term')]};
    expect(() => remarkGlossaryTerms()(tree, file)).toThrow('docs/cloud-native/cncf.md: <Term id="no-such-term">: no glossary entry with this id');
  });
});
