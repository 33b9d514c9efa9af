import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import {afterAll, describe, expect, it} from 'vitest';
import {dataExports, writeDataExports} from '@site/build-tools/data-exports';
import {cncfProjects, cncfSnapshot} from '@site/src/data/cncf-projects';
import {glossaryTerms} from '@site/src/data/glossary';
import {patterns} from '@site/src/data/patterns';
import {serviceMeshes} from '@site/src/data/service-meshes';

const out = mkdtempSync(path.join(tmpdir(), 'kb-data-'));
afterAll(() => rmSync(out, {recursive: true, force: true}));
const SITE = 'https://kb.example.com/kb/';
const files = writeDataExports(out, SITE);
const read = (name: string) => JSON.parse(readFileSync(path.join(out, 'data', name), 'utf8')) as Record<string, unknown>;

describe('/data/*.json (build-tools/data-exports.ts)', () => {
  it('writes the four data sets, each with its schema', () => {
    expect(files.sort()).toEqual(
      ['cncf-projects', 'glossary', 'patterns', 'service-meshes'].flatMap((n) => [`/data/${n}.json`, `/data/${n}.schema.json`]).sort(),
    );
  });

  it.each([
    ['patterns', patterns.length],
    ['glossary', glossaryTerms.length],
    ['cncf-projects', cncfProjects.length],
    ['service-meshes', serviceMeshes.length],
  ])('%s.json validates against %s.schema.json and holds every record of src/data (%i)', (name, count) => {
    const data = read(`${name}.json`);
    const schema = read(`${name}.schema.json`);
    const ajv = new Ajv2020({strict: false, allErrors: true});
    const validate = ajv.compile(schema);
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(data.count).toBe(count);
    expect((data.items as unknown[]).length).toBe(count);
    expect(data.$schema).toBe(`${SITE}data/${name}.schema.json`);
    expect(String(data.date)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(String(data.source).length).toBeGreaterThan(10);
  });

  it('the schema refuses a record that breaks the data rules', () => {
    const ajv = new Ajv2020({strict: false});
    const validate = ajv.compile(read('patterns.schema.json'));
    const bad = read('patterns.json');
    (bad.items as Array<Record<string, unknown>>)[0]!.slug = 'Not Kebab';
    expect(validate(bad)).toBe(false);
    const extra = read('cncf-projects.json');
    (extra.items as Array<Record<string, unknown>>)[0]!.unknownField = 1;
    expect(ajv.compile(read('cncf-projects.schema.json'))(extra)).toBe(false);
  });

  it('carries each pattern summary and glossary definition in Chinese and English', () => {
    const items = (name: string) => read(`${name}.json`).items as Array<Record<string, string>>;
    const retry = items('patterns').find((p) => p.slug === 'retry')!;
    expect(retry.summary).toMatch(/[\u4e00-\u9fff]/);
    expect(retry.summaryEn).toMatch(/^Enable an application to handle anticipated, temporary failures/);
    expect(items('patterns').every((p) => p.summaryEn && !/[\u4e00-\u9fff]/.test(p.summaryEn))).toBe(true);
    expect(items('glossary').every((t) => t.definitionEn && !/[\u4e00-\u9fff]/.test(t.definitionEn))).toBe(true);
    // The schema requires the English sentence.
    const bad = read('glossary.json');
    delete (bad.items as Array<Record<string, unknown>>)[0]!.definitionEn;
    expect(new Ajv2020({strict: false}).compile(read('glossary.schema.json'))(bad)).toBe(false);
  });

  it('dates the CNCF data by its landscape snapshot', () => {
    expect(read('cncf-projects.json').date).toBe(cncfSnapshot.date);
    expect(dataExports().map((d) => d.name)).toEqual(['patterns', 'glossary', 'cncf-projects', 'service-meshes']);
  });
});
