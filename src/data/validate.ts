/**
 * Build-time validation of every module in src/data (run by plugins/validate-data.ts and the unit tests).
 * Never imported by components, so zod stays out of the browser bundle.
 */
import type {ZodType} from 'zod';
import * as schema from './schema';
import {bench} from './bench';
import {searchBench} from './search-bench';
import {siteChanges} from './site-changes';
import {adoptionSegments, maturityLevels} from './cncf-maturity';
import {cncfProjects, cncfSnapshot} from './cncf-projects';
import {containerPatterns} from './container-patterns';
import {dfxRows} from './dfx';
import {glossaryTerms} from './glossary';
import {glossaryDefinitionsEn} from './glossary-en';
import {orchestrators} from './orchestrators';
import {orchestrators2026} from './orchestrators-2026';
import {patterns} from './patterns';
import {patternSummariesEn} from './patterns-en';
import {problemCategories} from './problem-categories';
import {problemCategoriesEn} from './problem-categories-en';
import {referenceArchitectures} from './reference-architectures';
import {serviceDiscoveryModes} from './service-discovery-modes';
import {searchSynonyms} from './search-synonyms';
import {serviceMeshes} from './service-meshes';
import {siteTweaks} from './site-tweaks';
import {twelveFactors} from './twelve-factors';

export interface DataModule {
  /** Path shown in messages, e.g. src/data/patterns.ts */
  readonly file: string;
  readonly records: readonly unknown[];
  readonly schema: ZodType;
}

export class DataValidationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid data in src/data (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`);
    this.name = 'DataValidationError';
  }
}

/** How a record is named in messages: its slug, id or number, else its position. */
function recordName(record: unknown, index: number): string {
  if (record && typeof record === 'object') {
    const r = record as Record<string, unknown>;
    for (const key of ['slug', 'id', 'number']) {
      if (typeof r[key] === 'string' || typeof r[key] === 'number') return `record "${String(r[key])}"`;
    }
  }
  return `record #${index + 1}`;
}

function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/** Schema problems of one module, each naming the file, the record and the field. */
export function checkModule({file, records, schema: recordSchema}: DataModule): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  records.forEach((record, index) => {
    const name = recordName(record, index);
    const result = recordSchema.safeParse(record);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push(`${file}: ${name}, field "${fieldPath(issue.path) || '(record)'}": ${issue.message}`);
      }
    }
    if (!name.startsWith('record #')) {
      if (seen.has(name)) problems.push(`${file}: ${name} is defined twice (records #${seen.get(name)! + 1} and #${index + 1})`);
      else seen.set(name, index);
    }
  });
  return problems;
}

export const DATA_MODULES: readonly DataModule[] = [
  {file: 'src/data/problem-categories.ts', records: problemCategories, schema: schema.problemCategorySchema},
  {file: 'src/data/patterns.ts', records: patterns, schema: schema.patternSchema},
  {file: 'src/data/dfx.ts', records: dfxRows, schema: schema.dfxRowSchema},
  {file: 'src/data/container-patterns.ts', records: containerPatterns, schema: schema.containerPatternSchema},
  {file: 'src/data/reference-architectures.ts', records: referenceArchitectures, schema: schema.referenceArchitectureSchema},
  {file: 'src/data/service-discovery-modes.ts', records: serviceDiscoveryModes, schema: schema.serviceDiscoveryModeSchema},
  {file: 'src/data/twelve-factors.ts', records: twelveFactors, schema: schema.twelveFactorSchema},
  {file: 'src/data/orchestrators.ts', records: orchestrators, schema: schema.orchestratorSchema},
  {file: 'src/data/cncf-maturity.ts', records: adoptionSegments, schema: schema.adoptionSegmentSchema},
  {file: 'src/data/cncf-maturity.ts', records: maturityLevels, schema: schema.maturityLevelSchema},
  {file: 'src/data/glossary.ts', records: glossaryTerms, schema: schema.glossaryTermSchema},
  {file: 'src/data/site-tweaks.ts', records: siteTweaks, schema: schema.siteTweakSchema},
  {file: 'src/data/bench.ts', records: [bench], schema: schema.benchSchema},
  {file: 'src/data/search-bench.ts', records: Object.values(searchBench), schema: schema.searchBenchSiteSchema},
  {file: 'src/data/site-changes.ts', records: siteChanges, schema: schema.siteChangeSchema},
  {file: 'src/data/cncf-projects.ts', records: cncfProjects, schema: schema.cncfProjectSchema},
  {file: 'src/data/cncf-projects.ts', records: [cncfSnapshot], schema: schema.cncfSnapshotSchema},
  {file: 'src/data/service-meshes.ts', records: serviceMeshes, schema: schema.serviceMeshSchema},
  {file: 'src/data/orchestrators-2026.ts', records: orchestrators2026, schema: schema.orchestrator2026Schema},
  {file: 'src/data/search-synonyms.ts', records: searchSynonyms, schema: schema.searchSynonymSchema},
];

/** Cross-references between modules: every slug a record points to must exist. */
export function checkReferences(): string[] {
  const problems: string[] = [];
  const patternSlugs = new Set(patterns.map((p) => p.slug));
  const ref = (file: string, owner: string, field: string, target: string | undefined) => {
    if (target !== undefined && !patternSlugs.has(target)) {
      problems.push(`${file}: ${owner}, field "${field}": no pattern "${target}" in src/data/patterns.ts`);
    }
  };
  for (const p of patterns) p.related.forEach((r, i) => ref('src/data/patterns.ts', `record "${p.slug}"`, `related[${i}]`, r));
  dfxRows.forEach((row, i) => ref('src/data/dfx.ts', `record #${i + 1}`, 'pattern', row.pattern));
  for (const c of containerPatterns) ref('src/data/container-patterns.ts', `record "${c.slug}"`, 'pattern', c.pattern);
  for (const term of glossaryTerms) {
    if (patternSlugs.has(term.id)) {
      problems.push(`src/data/glossary.ts: record "${term.id}", field "id": is a pattern slug; pattern terms come from src/data/patterns.ts`);
    }
  }
  const segments = new Set(adoptionSegments.map((s) => s.id));
  for (const level of maturityLevels) {
    if (level.segment && !segments.has(level.segment)) {
      problems.push(`src/data/cncf-maturity.ts: record "${level.id}", field "segment": no adoption segment "${level.segment}"`);
    }
  }
  const cncfSlugs = new Set(cncfProjects.map((p) => p.slug));
  const modes = new Set(serviceDiscoveryModes.map((m) => m.slug));
  for (const mesh of serviceMeshes) {
    const owner = `src/data/service-meshes.ts: record "${mesh.slug}"`;
    if (mesh.cncfProject && !cncfSlugs.has(mesh.cncfProject)) problems.push(`${owner}, field "cncfProject": no project "${mesh.cncfProject}" in src/data/cncf-projects.ts`);
    if (!modes.has(mesh.discoveryMode)) problems.push(`${owner}, field "discoveryMode": no mode "${mesh.discoveryMode}" in src/data/service-discovery-modes.ts`);
  }
  return problems;
}

/** A module of English sentences keyed by the records' ids (the English edition's text of Chinese-only fields). */
export interface EnglishModule {
  readonly file: string;
  readonly of: string;
  readonly ids: readonly string[];
  readonly texts: Readonly<Record<string, string>>;
  readonly max: number;
}

export const ENGLISH_MODULES: readonly EnglishModule[] = [
  {file: 'src/data/patterns-en.ts', of: 'pattern of src/data/patterns.ts', ids: patterns.map((p) => p.slug), texts: patternSummariesEn, max: 300},
  {file: 'src/data/glossary-en.ts', of: 'term of src/data/glossary.ts', ids: glossaryTerms.map((t) => t.id), texts: glossaryDefinitionsEn, max: 240},
];

/** Every record has its English sentence, no sentence is left without a record, and each is English. */
export function checkEnglish({file, of, ids, texts, max}: EnglishModule): string[] {
  const problems: string[] = [];
  const known = new Set(ids);
  for (const id of ids) if (!(id in texts)) problems.push(`${file}: no English sentence for "${id}" (every ${of} needs one)`);
  for (const [id, text] of Object.entries(texts)) {
    if (!known.has(id)) {
      problems.push(`${file}: "${id}" is no ${of}`);
      continue;
    }
    const result = schema.englishSentence(max).safeParse(text);
    if (!result.success) for (const issue of result.error.issues) problems.push(`${file}: "${id}": ${issue.message}`);
  }
  return problems;
}

/**
 * A module of English texts for records with several Chinese-only fields (a seed table's cells), keyed by record id
 * and field: every field that is non-empty in Chinese needs its English text, and an empty one must have none.
 */
export interface EnglishFieldsModule {
  readonly file: string;
  readonly of: string;
  readonly records: readonly {readonly id: string; readonly fields: Readonly<Record<string, string>>}[];
  readonly texts: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export function checkEnglishFields({file, of, records, texts}: EnglishFieldsModule): string[] {
  const problems: string[] = [];
  const ids = new Set(records.map((r) => r.id));
  for (const id of Object.keys(texts)) if (!ids.has(id)) problems.push(`${file}: "${id}" is no ${of}`);
  for (const {id, fields} of records) {
    const english = texts[id] ?? {};
    for (const field of Object.keys(english)) {
      if (!(field in fields)) problems.push(`${file}: "${id}", field "${field}": the ${of} has no such field in Chinese`);
      else if (!fields[field]!.trim()) problems.push(`${file}: "${id}", field "${field}": is empty in Chinese, so it has no English text`);
    }
    for (const [field, chinese] of Object.entries(fields)) {
      if (!chinese.trim()) continue;
      const value = english[field];
      if (value === undefined) {
        problems.push(`${file}: "${id}", field "${field}": no English text (every non-empty field of a ${of} needs one)`);
        continue;
      }
      const result = schema.englishText.safeParse(value);
      if (!result.success) for (const issue of result.error.issues) problems.push(`${file}: "${id}", field "${field}": ${issue.message}`);
    }
  }
  return problems;
}

export const ENGLISH_FIELD_MODULES: readonly EnglishFieldsModule[] = [
  {
    file: 'src/data/problem-categories-en.ts',
    of: 'problem category of src/data/problem-categories.ts',
    records: problemCategories.map((c) => ({id: c.id, fields: {description: c.description}})),
    texts: problemCategoriesEn,
  },
];

/** Throws a DataValidationError listing every problem; returns quietly when all data is valid. */
export function validateData(
  modules: readonly DataModule[] = DATA_MODULES,
  english: readonly EnglishModule[] = ENGLISH_MODULES,
  englishFields: readonly EnglishFieldsModule[] = ENGLISH_FIELD_MODULES,
): void {
  const problems = [...modules.flatMap(checkModule), ...checkReferences(), ...english.flatMap(checkEnglish), ...englishFields.flatMap(checkEnglishFields)];
  if (problems.length > 0) throw new DataValidationError(problems);
}
