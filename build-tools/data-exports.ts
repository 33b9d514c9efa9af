import {execFileSync} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import {cncfProjects, cncfSnapshot} from '../src/data/cncf-projects';
import {glossaryTerms} from '../src/data/glossary';
import {glossaryDefinitionsEn} from '../src/data/glossary-en';
import {patterns} from '../src/data/patterns';
import {patternSummariesEn} from '../src/data/patterns-en';
import {cncfProjectSchema, englishSentence, glossaryTermSchema, patternSchema, serviceMeshSchema} from '../src/data/schema';
import {serviceMeshes} from '../src/data/service-meshes';

/**
 * The site's data for reuse: /data/<name>.json, each with the JSON Schema it follows at /data/<name>.schema.json,
 * generated from the same zod schemas that check src/data at build time. Each file says what it is, where its facts
 * come from and as of when.
 */
export interface DataExport {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly source: string;
  /** YYYY-MM-DD: when the facts were last checked or the records last changed. */
  readonly date: string;
  readonly items: readonly unknown[];
  readonly itemSchema: z.ZodType;
}

const ROOT = path.join(__dirname, '..');

/** The day a file of src/data last changed in git, or today (a checkout without history); asked of git once a file. */
const changed = new Map<string, string>();
function lastChanged(file: string): string {
  let day = changed.get(file);
  if (day === undefined) changed.set(file, (day = gitDay(file)));
  return day;
}

function gitDay(file: string): string {
  try {
    const day = execFileSync('git', ['log', '-1', '--format=%cs', '--', file], {cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  } catch {
    // No git: fall through.
  }
  return new Date().toISOString().slice(0, 10);
}

const latest = (days: readonly string[]) => [...days].sort().at(-1)!;

export function dataExports(): DataExport[] {
  return [
    {
      name: 'patterns',
      title: '云设计模式',
      description: 'Every pattern of the site: Chinese and English names, aliases, one-sentence summary in Chinese (summary) and English (summaryEn), sources (the 2018 and 2015 Azure catalogs of the seed document, today\'s Azure catalog), pillars, status and related patterns.',
      source: "吴启福《云原生架构》（2018）and the Azure Architecture Center's cloud design patterns (https://learn.microsoft.com/azure/architecture/patterns/)",
      date: latest([lastChanged('src/data/patterns.ts'), lastChanged('src/data/patterns-en.ts')]),
      items: patterns.map((p) => ({...p, summaryEn: patternSummariesEn[p.slug]})),
      itemSchema: patternSchema.safeExtend({summaryEn: englishSentence(300)}),
    },
    {
      name: 'glossary',
      title: '术语表',
      description: 'The glossary terms other than the patterns (which are in patterns.json): Chinese and English names, aliases, one-sentence definition in Chinese (definition) and English (definitionEn), and the pages of the site that explain each.',
      source: 'This site (the pages each term links to)',
      date: latest([lastChanged('src/data/glossary.ts'), lastChanged('src/data/glossary-en.ts')]),
      items: glossaryTerms.map((t) => ({...t, definitionEn: glossaryDefinitionsEn[t.id]})),
      itemSchema: glossaryTermSchema.safeExtend({definitionEn: englishSentence(240)}),
    },
    {
      name: 'cncf-projects',
      title: 'CNCF 项目一览',
      description: 'Every CNCF project (sandbox, incubating, graduated, archived) with its category and the dates it was accepted, moved up or archived.',
      source: `${cncfSnapshot.source} ${cncfSnapshot.url} at commit ${cncfSnapshot.commit}`,
      date: cncfSnapshot.date,
      items: cncfProjects,
      itemSchema: cncfProjectSchema,
    },
    {
      name: 'service-meshes',
      title: '服务网格实现对比（2026）',
      description: 'Service mesh implementations compared dimension by dimension; each cell carries its value, the first-party source it was read in and the day it was checked.',
      source: "Each cell's own source (the project's documentation, release notes or repository)",
      date: latest(serviceMeshes.flatMap((m) => Object.values(m.cells).map((c) => c.checked))),
      items: serviceMeshes,
      itemSchema: serviceMeshSchema,
    },
  ];
}

/** The file's JSON Schema: the envelope and, for its items, the record schema of src/data. */
export function fileSchema(item: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(
    z.strictObject({
      $schema: z.string(),
      name: z.string(),
      title: z.string(),
      description: z.string(),
      source: z.string(),
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      url: z.string(),
      count: z.number().int().nonnegative(),
      items: z.array(item),
    }),
    {target: 'draft-2020-12', unrepresentable: 'any'},
  ) as Record<string, unknown>;
}

/** Writes <outDir>/data/<name>.json and <name>.schema.json; returns the files' site paths. */
export function writeDataExports(outDir: string, siteUrl: string): string[] {
  const dir = path.join(outDir, 'data');
  mkdirSync(dir, {recursive: true});
  const written: string[] = [];
  for (const d of dataExports()) {
    const schemaUrl = `${siteUrl}data/${d.name}.schema.json`;
    const body = {
      $schema: schemaUrl,
      name: d.name,
      title: d.title,
      description: d.description,
      source: d.source,
      date: d.date,
      url: `${siteUrl}data/${d.name}.json`,
      count: d.items.length,
      items: d.items,
    };
    writeFileSync(path.join(dir, `${d.name}.schema.json`), `${JSON.stringify({...fileSchema(d.itemSchema), $id: schemaUrl, title: d.title}, null, 1)}\n`);
    writeFileSync(path.join(dir, `${d.name}.json`), `${JSON.stringify(body, null, 1)}\n`);
    written.push(`/data/${d.name}.json`, `/data/${d.name}.schema.json`);
  }
  return written;
}
