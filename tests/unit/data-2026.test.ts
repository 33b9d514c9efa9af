import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import remarkCncfLinks from '@site/plugins/remark-cncf-links';
import {extractChangeNotes} from '@site/build-tools/change-notes';
import {DOCS_DIR, ROOT, findSpacingIssues, listFiles} from '@site/build-tools/docs';
import {orchestrators2026} from '@site/src/data/orchestrators-2026';
import {orchestrator2026Schema, serviceMeshSchema} from '@site/src/data/schema';
import {serviceMeshes} from '@site/src/data/service-meshes';
import {checkModule} from '@site/src/data/validate';
import {MESH_DIMENSIONS, ORCHESTRATOR_2026_DIMENSIONS} from '@site/src/data/vocabulary';

const FILE = 'src/data/service-meshes.ts';

describe('2026 comparisons: every cell has a value, a source and the date it was checked', () => {
  it.each([
    ['service meshes', serviceMeshes, MESH_DIMENSIONS, 8],
    ['orchestrators', orchestrators2026, ORCHESTRATOR_2026_DIMENSIONS, 4],
  ] as const)('%s', (_, records, dimensions, count) => {
    expect(records).toHaveLength(count);
    for (const record of records) {
      expect(Object.keys(record.cells).sort()).toEqual([...dimensions].sort());
      for (const cell of Object.values(record.cells) as Array<{value: string; source: string; checked: string}>) {
        expect(cell.value.trim()).not.toBe('');
        expect(cell.source).toMatch(/^https:\/\//);
        expect(cell.checked).toMatch(/^2026-\d\d-\d\d$/);
      }
    }
  });

  it('write every cell in the site\'s typography (a space between Chinese and Latin letters or digits)', () => {
    const cells = [...serviceMeshes, ...orchestrators2026].flatMap((r) =>
      Object.entries(r.cells as Record<string, {value: string}>).map(([key, cell]) => [`${r.slug}.${key}`, cell.value] as const),
    );
    expect(cells.flatMap(([where, value]) => findSpacingIssues(value).map((p) => `${where}: ${p}`))).toEqual([]);
  });

  it('keeps the ended ones, with their end dates', () => {
    const ended = serviceMeshes.filter((m) => m.status === 'ended');
    expect(ended.map((m) => [m.slug, m.ended])).toEqual([
      ['aws-app-mesh', '2026-09-30'],
      ['open-service-mesh', '2023-06-30'],
    ]);
    expect(orchestrators2026.find((o) => o.slug === 'mesos')).toMatchObject({status: 'retired', retired: '2025-08-20'});
  });

  it('refuses a cell without its source or check date, naming the file, record and field', () => {
    const mesh = serviceMeshes[0]!;
    const {source: _source, ...noSource} = mesh.cells.license;
    const {checked: _checked, ...noDate} = mesh.cells.retries;
    const broken = {...mesh, cells: {...mesh.cells, license: noSource, retries: noDate, tracing: {...mesh.cells.tracing, source: 'istio.io'}}};
    expect(checkModule({file: FILE, records: [broken], schema: serviceMeshSchema})).toEqual([
      `${FILE}: record "istio-sidecar", field "cells.license.source": must be an absolute http(s) URL`,
      `${FILE}: record "istio-sidecar", field "cells.retries.checked": Invalid input: expected string, received undefined`,
      `${FILE}: record "istio-sidecar", field "cells.tracing.source": must be an absolute http(s) URL`,
    ]);
    const {nomadCells, ...rest} = {nomadCells: orchestrators2026[2]!.cells, ...orchestrators2026[2]!};
    const {scale: _scale, ...missing} = nomadCells;
    expect(checkModule({file: 'o.ts', records: [{...rest, cells: missing}], schema: orchestrator2026Schema})[0]).toMatch(/field "cells.scale"/);
    expect(checkModule({file: 'o.ts', records: [{...mesh, status: 'ended'}], schema: serviceMeshSchema})).toEqual([
      'o.ts: record "istio-sidecar", field "ended": is required exactly when status is "ended"',
    ]);
  });
});

describe('change notes (build-tools/change-notes.ts)', () => {
  const docs = listFiles(DOCS_DIR, /\.mdx?$/).map((file) => ({file: path.relative(ROOT, file), source: readFileSync(file, 'utf8')}));

  it('every dated note of docs/ is a well-formed <ChangeNote>, and no old-style admonition is left', () => {
    const notes = docs.flatMap(({file, source}) => extractChangeNotes(source, file).map((n) => ({file, ...n})));
    expect(notes.length).toBeGreaterThanOrEqual(18);
    expect(docs.filter(({source}) => /^:::note (现状|补充)/m.test(source)).map((d) => d.file)).toEqual([]);
    for (const note of notes) expect(note.summary.length, `${note.file}#${note.id}`).toBeLessThanOrEqual(90);
  });

  it('names the file and line of a malformed note', () => {
    expect(() => extractChangeNotes('a\n<ChangeNote id="x">\n\ntext\n\n</ChangeNote>', 'docs/a.md')).toThrow('docs/a.md:2: <ChangeNote id="x"> needs a one-line summary');
    expect(() => extractChangeNotes('<ChangeNote id="Bad Id" summary="s">\n</ChangeNote>', 'docs/a.md')).toThrow('docs/a.md:1: <ChangeNote> needs an ASCII kebab-case id, got "Bad Id"');
    expect(() => extractChangeNotes('<ChangeNote id="x" summary="s">\n', 'docs/a.md')).toThrow('docs/a.md: 1 <ChangeNote> opened, 0 closed');
    expect(() => extractChangeNotes('<ChangeNote id="x" summary="s" tone="loud">\n</ChangeNote>', 'docs/a.md')).toThrow('unknown <ChangeNote> attribute tone');
    expect(extractChangeNotes('<ChangeNote id="x" kind="补充" summary=" 一行。 ">\n\n正文\n\n</ChangeNote>', 'f')).toEqual([
      {id: 'x', kind: '补充', summary: '一行。', line: 1},
    ]);
  });
});

describe('remark-cncf-links', () => {
  interface Node {
    type: string;
    value?: string;
    url?: string;
    children?: Node[];
  }
  const text = (value: string): Node => ({type: 'text', value});
  const run = (children: Node[], file = path.join(DOCS_DIR, 'patterns/retry.mdx')) => {
    const tree: Node = {type: 'root', children};
    remarkCncfLinks()(tree as never, {path: file});
    return tree;
  };
  const links = (node: Node): string[] => [
    ...(node.type === 'link' ? [`${node.children![0]!.value}→${node.url}`] : []),
    ...(node.children ?? []).flatMap(links),
  ];

  it('links the first mention of each project on a page to its row, whole names only', () => {
    const tree = run([
      {type: 'heading', children: [text('Istio 的重试')]},
      {type: 'paragraph', children: [text('Istio 基于 Envoy；Istio 与 Open Service Mesh 不同，Envoyish 不是项目名。')]},
      {type: 'paragraph', children: [{type: 'inlineCode', value: 'Kubernetes'}, text('，再说 Envoy。')]},
    ]);
    expect(links(tree)).toEqual([
      'Istio→/docs/cloud-native/cncf-projects#istio',
      'Envoy→/docs/cloud-native/cncf-projects#envoy',
      'Open Service Mesh→/docs/cloud-native/cncf-projects#open-service-mesh',
    ]);
    expect(tree.children![1]!.children!.map((n) => n.value ?? n.children![0]!.value).join('')).toBe('Istio 基于 Envoy；Istio 与 Open Service Mesh 不同，Envoyish 不是项目名。');
  });

  it('leaves the projects page itself alone', () => {
    expect(links(run([{type: 'paragraph', children: [text('Kyverno')]}], path.join(DOCS_DIR, 'cloud-native/cncf-projects.mdx')))).toEqual([]);
  });
});
