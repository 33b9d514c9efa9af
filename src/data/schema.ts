/**
 * Zod schemas of every data module in src/data. Types are inferred from them, so a value outside a
 * closed vocabulary (category, pillar, status, source…) is a type error; `validateData()` in
 * ./validate.ts checks the same rules at build time and names the module, record and field.
 *
 * Data modules import these types with `import type` only, so zod never reaches the browser bundle.
 */
import * as z from 'zod';
import {
  PROBLEM_CATEGORY_IDS,
  PILLARS,
  PATTERN_SOURCES,
  PATTERN_STATUSES,
  DFX_GROUPS,
  CONTAINER_GROUPS,
  ORCHESTRATOR_ASPECTS,
  ADOPTION_SEGMENTS,
  MESH_DIMENSIONS,
  MESH_GROUPS,
  ORCHESTRATOR_2026_DIMENSIONS,
} from './vocabulary';

export {PROBLEM_CATEGORY_IDS, PILLARS, PATTERN_SOURCES, PATTERN_STATUSES, DFX_GROUPS, CONTAINER_GROUPS, ORCHESTRATOR_ASPECTS, ADOPTION_SEGMENTS, MESH_DIMENSIONS, MESH_GROUPS, ORCHESTRATOR_2026_DIMENSIONS};

const text = z.string().trim().min(1, 'must not be empty');
/** Text a seed table may leave empty. */
const optionalText = z.string().trim();
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be ASCII kebab-case');
/** English text for the English edition (a table cell, a phrase): no Chinese characters or full-width punctuation. */
export const englishText = text.refine(
  (s) => !/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/.test(s),
  'must be English: it contains Chinese characters or full-width punctuation',
);
/** The same as one sentence ending with a full stop. */
export const englishSentence = (max: number) =>
  englishText.max(max, `must be one sentence of at most ${max} characters`).refine((s) => /[.!?]$/.test(s), 'must end with a full stop');
const httpUrl = z.url({protocol: /^https?$/, error: 'must be an absolute http(s) URL'});

export const problemCategoryId = z.enum(PROBLEM_CATEGORY_IDS);
export type ProblemCategoryId = z.infer<typeof problemCategoryId>;

export const problemCategorySchema = z.strictObject({
  id: problemCategoryId,
  name: text,
  english: text,
  description: text,
});
export type ProblemCategory = z.infer<typeof problemCategorySchema>;

export const pillar = z.enum(PILLARS);
export type Pillar = z.infer<typeof pillar>;

export const patternSource = z.enum(PATTERN_SOURCES);
export type PatternSource = z.infer<typeof patternSource>;

export const patternStatus = z.enum(PATTERN_STATUSES);
export type PatternStatus = z.infer<typeof patternStatus>;

export const patternSchema = z
  .strictObject({
    slug,
    /** Current English name (Azure's where Azure lists it). */
    english: text,
    /** Chinese name used on this site: the seed's 2018 name where it has one. */
    chinese: text,
    /** Other names readers search for, Chinese and English. */
    aliases: z.array(text),
    /** One sentence in Chinese. */
    summary: text,
    sources: z.array(patternSource).min(1, 'must name at least one source'),
    /** Problem areas of the 2018 Azure catalog; empty when the pattern was not in it. */
    categories2018: z.array(problemCategoryId),
    /** Pillars in today's Azure catalog; empty when Azure does not list the pattern. */
    pillars: z.array(pillar),
    status: patternStatus,
    /** Former English name, for renamed patterns (e.g. Strangler). */
    formerEnglish: text.optional(),
    /** The pattern's page in today's Azure Architecture Center, when it has one. */
    azureUrl: httpUrl.optional(),
    /** Row of the seed's 2018 table (36 patterns): name, summary and link exactly as in the seed. */
    seed2018: z.strictObject({name: text, summary: text, url: httpUrl}).optional(),
    /** Row of the seed's 2015 table (表格 3), in the seed's order. */
    seed2015: z.strictObject({order: z.number().int().min(1), name: text, description: optionalText, scenario: optionalText}).optional(),
    /** Slugs of related patterns. */
    related: z.array(slug),
  })
  .superRefine((p, ctx) => {
    const has = (s: PatternSource) => p.sources.includes(s);
    if (has('azure-2018') !== (p.seed2018 !== undefined)) {
      ctx.addIssue({code: 'custom', path: ['seed2018'], message: 'is required exactly when sources include "azure-2018"'});
    }
    if (has('azure-2015') !== (p.seed2015 !== undefined)) {
      ctx.addIssue({code: 'custom', path: ['seed2015'], message: 'is required exactly when sources include "azure-2015"'});
    }
    const current = has('azure-current');
    if (current !== (p.pillars.length > 0)) {
      ctx.addIssue({code: 'custom', path: ['pillars'], message: 'must be non-empty exactly when sources include "azure-current"'});
    }
    const expected: PatternStatus[] = current
      ? p.formerEnglish
        ? ['renamed']
        : has('azure-2018') || has('azure-2015')
          ? ['listed']
          : ['new']
      : has('azure-2018') || has('azure-2015')
        ? ['removed']
        : ['not-azure'];
    if (!expected.includes(p.status)) {
      ctx.addIssue({code: 'custom', path: ['status'], message: `must be "${expected[0]}" for these sources`});
    }
  });
export type Pattern = z.infer<typeof patternSchema>;

export const dfxRowSchema = z.strictObject({
  dfx: z.enum(DFX_GROUPS),
  name: optionalText,
  intro: optionalText,
  pattern: slug.optional(),
});
export type DfxRow = z.infer<typeof dfxRowSchema>;

export const containerPatternSchema = z.strictObject({
  slug,
  group: z.enum(CONTAINER_GROUPS),
  /** Name as in the seed, e.g. 跨斗模式（Sidecar pattern）; empty for the seed's empty 单容器 row. */
  name: optionalText,
  english: optionalText,
  summary: optionalText,
  /** Section of the paper that describes it. */
  paperSection: text,
  /** The same pattern in patterns.ts, when Azure lists it too. */
  pattern: slug.optional(),
});
export type ContainerPattern = z.infer<typeof containerPatternSchema>;

/** 表格 1. */
export const referenceArchitectureSchema = z.strictObject({
  slug,
  name: text,
  deployment: optionalText,
  scalability: optionalText,
  availability: optionalText,
  security: optionalText,
});
export type ReferenceArchitecture = z.infer<typeof referenceArchitectureSchema>;

/** 表格 7 (the seed's second 表格 6). */
export const serviceDiscoveryModeSchema = z.strictObject({
  slug,
  name: text,
  pros: text,
  cons: text,
  fit: text,
  examples: optionalText,
});
export type ServiceDiscoveryMode = z.infer<typeof serviceDiscoveryModeSchema>;

/** The twelve factors, with 12factor.net's slugs. */
export const twelveFactorSchema = z.strictObject({
  number: z.number().int().min(1).max(12),
  slug,
  name: text,
  english: text,
  /** The seed's one-line rule. */
  rule: text,
  /** The seed's further sentences, if any. */
  detail: optionalText,
  url: httpUrl,
});
export type TwelveFactor = z.infer<typeof twelveFactorSchema>;

export const orchestratorAspect = z.enum(ORCHESTRATOR_ASPECTS);
export type OrchestratorAspect = z.infer<typeof orchestratorAspect>;

export const orchestratorSchema = z.strictObject({
  slug,
  name: text,
  /** Column heading as in the seed (K8s, Mesos, Swarm). */
  short: text,
  intro: text,
  vendor: text,
  concepts: optionalText,
  features: text,
  status2026: text,
  cncf: text,
  license: text,
  firstRelease: z.number().int().min(2000).max(2026),
  unit: text,
  page: text,
});
export type Orchestrator = z.infer<typeof orchestratorSchema>;

export const adoptionSegment = z.enum(ADOPTION_SEGMENTS);
export type AdoptionSegment = z.infer<typeof adoptionSegment>;

export const adoptionSegmentSchema = z.strictObject({
  id: adoptionSegment,
  name: text,
  english: text,
  percent: z.number().positive().max(100),
});
export type AdoptionSegmentRecord = z.infer<typeof adoptionSegmentSchema>;

export const maturityLevelSchema = z.strictObject({
  id: z.enum(['sandbox', 'incubating', 'graduated', 'archived']),
  name: text,
  english: text,
  /** The segment it maps to on the adoption curve; archived maps to none. */
  segment: adoptionSegment.optional(),
  criteria: z.array(text).min(1),
});
export type MaturityLevel = z.infer<typeof maturityLevelSchema>;

/**
 * Where a glossary term is explained: a doc id (its path under docs/ without extension), optionally with
 * a heading id, e.g. "architecture/twelve-factor#config". Unit tests check the doc and the heading exist.
 */
export const docLink = z
  .string()
  .regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)*(?:#[a-z0-9]+(?:-[a-z0-9]+)*)?$/, 'must be a doc id with an optional #heading-id');

/** A term of the glossary (src/data/glossary.ts). Patterns are terms too: their entries come from patterns.ts. */
export const glossaryTermSchema = z.strictObject({
  /** ASCII kebab-case; the entry's anchor on /docs/glossary and the id of <Term id="…">. */
  id: slug,
  /** Chinese name as used on this site. */
  chinese: text,
  /** English name (or the original name, e.g. Kubernetes). */
  english: text,
  /** Other names readers search for, Chinese and English; may be empty. */
  aliases: z.array(text),
  /** One sentence in Chinese, at most 120 characters. */
  definition: text.max(120, 'must be one sentence of at most 120 characters'),
  /** Pages that explain the term, most relevant first. */
  pages: z.array(docLink).min(1, 'must link at least one page'),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/** One page as `npm run bench` measured it (src/data/bench.ts). */
export const benchPageSchema = z.strictObject({
  /** The bench's page type: home, doc page, pattern page with diagram, … */
  type: text,
  path: z.string().regex(/^\//, 'must start with /'),
  scripts: z.number().int().positive(),
  jsGzipKB: z.number().positive(),
  performance: z.number().int().min(0).max(100),
  lcpMs: z.number().int().nonnegative(),
  tbtMs: z.number().int().nonnegative(),
});
export type BenchPage = z.infer<typeof benchPageSchema>;

const benchSiteSchema = z.strictObject({
  buildSeconds: z.number().positive().nullable(),
  htmlPages: z.number().int().positive(),
  pages: z.array(benchPageSchema).min(1),
});

/** The record of one full `BENCH_EACH=1 npm run bench`, written by `npm run bench:save`. */
export const benchSchema = z.strictObject({
  date: z.iso.datetime(),
  machine: z.strictObject({cpus: z.number().int().positive(), cpuModel: text, memoryGiB: z.number().positive(), node: text, chromium: text}),
  lighthouseRuns: z.number().int().positive(),
  sites: z.strictObject({ours: benchSiteSchema, none: benchSiteSchema, stock: benchSiteSchema}),
  /** Tweak id → the pages measured with every tweak but that one. */
  withoutEach: z.record(slug, z.array(benchPageSchema).min(1)),
});
export type Bench = z.infer<typeof benchSchema>;

/** One measured answer: median milliseconds and kilobytes transferred (npm run bench:search). */
const searchTimingSchema = z.strictObject({ms: z.number().nonnegative(), kb: z.number().nonnegative()});

/** One search set-up as `npm run bench:search -- --save <name>` measured it (src/data/search-bench.ts). */
export const searchBenchSiteSchema = z.strictObject({
  date: z.iso.datetime(),
  /** What was measured, for readers: "本站 2026 年 12 月 3 日的版本（docusaurus-search-local）". */
  label: text,
  machine: z.strictObject({cpus: z.number().int().positive(), memoryGiB: z.number().positive(), chromium: text}),
  boxPhone: searchTimingSchema,
  boxDesktop: searchTimingSchema,
  laterKeystrokeMs: z.number().nonnegative(),
  /** Null when the /search page showed no hit (a set-up that only searches the current section). */
  pagePhone: searchTimingSchema.nullable(),
  pageDesktop: searchTimingSchema.nullable(),
  indexes: z.array(z.strictObject({name: text, kb: z.number().positive(), gzipKB: z.number().positive()})).min(1),
  relevance: z.strictObject({top3: z.number().int().nonnegative(), first: z.number().int().nonnegative(), queries: z.number().int().positive()}),
});
export type SearchBenchSite = z.infer<typeof searchBenchSiteSchema>;

/** A performance tweak of the site, for readers (src/data/site-tweaks.ts); `id` is its name in plugins/performance. */
export const siteTweakSchema = z.strictObject({
  id: slug,
  /** A few words, in Chinese. */
  name: text,
  /** What it does, one sentence for readers. */
  what: text.max(90, 'must be one sentence of at most 90 characters'),
  /** What the bench table cannot show about it, measured another way (said under the tables), with its figures. */
  benchNote: text.optional(),
});
export type SiteTweak = z.infer<typeof siteTweakSchema>;

/** CNCF project maturity levels, as cncf/landscape names them. */
export const cncfMaturity = z.enum(['sandbox', 'incubating', 'graduated', 'archived']);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a YYYY-MM-DD date');

/** One CNCF project (src/data/cncf-projects.ts, written by npm run import:cncf from a cncf/landscape snapshot). */
export const cncfProjectSchema = z.strictObject({
  /** ASCII kebab-case; the project's anchor on /docs/cloud-native/cncf-projects. */
  slug,
  name: text,
  maturity: cncfMaturity,
  category: text,
  subcategory: text,
  homepage: httpUrl.optional(),
  repository: httpUrl.optional(),
  accepted: isoDate.optional(),
  incubating: isoDate.optional(),
  graduated: isoDate.optional(),
  archived: isoDate.optional(),
});
export type CncfProject = z.infer<typeof cncfProjectSchema>;

/** Where src/data/cncf-projects.ts comes from: the snapshot shown on the page as "数据截至 <date>（cncf/landscape）". */
export const cncfSnapshotSchema = z.strictObject({
  source: z.literal('cncf/landscape'),
  url: httpUrl,
  commit: z.string().regex(/^[0-9a-f]{40}$/, 'must be a full git commit'),
  date: isoDate,
});
export type CncfSnapshot = z.infer<typeof cncfSnapshotSchema>;

/**
 * One cell of a 2026 comparison: what it says, where that is written (the project's own documentation or release
 * notes) and the day someone read it there. A cell without all three is refused at build time.
 */
export const sourcedCellSchema = z.strictObject({
  /** Chinese text, one short phrase or sentence. */
  value: text.max(160, 'must be a short phrase of at most 160 characters'),
  source: httpUrl,
  checked: isoDate,
});
export type SourcedCell = z.infer<typeof sourcedCellSchema>;

export const meshDimension = z.enum(MESH_DIMENSIONS);
export type MeshDimension = z.infer<typeof meshDimension>;
export type MeshGroup = (typeof MESH_GROUPS)[number];

/** One service mesh of the 2026 comparison (src/data/service-meshes.ts). */
export const serviceMeshSchema = z
  .strictObject({
    /** ASCII kebab-case; the column key and the anchor on /docs/service-mesh/implementations. */
    slug,
    name: text,
    /** Column heading: a few characters, e.g. Istio ambient. */
    short: text.max(16, 'must be at most 16 characters'),
    /** ended: the project or service has stopped (kept so readers see what happened). */
    status: z.enum(['active', 'ended']),
    /** Day it ended (end of support, archive), required exactly when status is "ended". */
    ended: isoDate.optional(),
    homepage: httpUrl,
    /** Its row in src/data/cncf-projects.ts, when it is a CNCF project. */
    cncfProject: slug.optional(),
    /** The service-discovery mode of the seed's 表格 7 that it uses (src/data/service-discovery-modes.ts). */
    discoveryMode: slug,
    cells: z.strictObject(Object.fromEntries(MESH_DIMENSIONS.map((d) => [d, sourcedCellSchema])) as Record<MeshDimension, typeof sourcedCellSchema>),
  })
  .superRefine((m, ctx) => {
    if ((m.status === 'ended') !== (m.ended !== undefined)) {
      ctx.addIssue({code: 'custom', path: ['ended'], message: 'is required exactly when status is "ended"'});
    }
  });
export type ServiceMesh = z.infer<typeof serviceMeshSchema>;

export const orchestrator2026Dimension = z.enum(ORCHESTRATOR_2026_DIMENSIONS);
export type Orchestrator2026Dimension = z.infer<typeof orchestrator2026Dimension>;

/** One orchestrator of the "2026 年的选择" comparison (src/data/orchestrators-2026.ts). */
export const orchestrator2026Schema = z
  .strictObject({
    slug,
    name: text,
    /** Column heading: a few characters. */
    short: text.max(16, 'must be at most 16 characters'),
    status: z.enum(['active', 'retired']),
    /** Day it was retired, required exactly when status is "retired". */
    retired: isoDate.optional(),
    homepage: httpUrl,
    cells: z.strictObject(
      Object.fromEntries(ORCHESTRATOR_2026_DIMENSIONS.map((d) => [d, sourcedCellSchema])) as Record<Orchestrator2026Dimension, typeof sourcedCellSchema>,
    ),
  })
  .superRefine((o, ctx) => {
    if ((o.status === 'retired') !== (o.retired !== undefined)) {
      ctx.addIssue({code: 'custom', path: ['retired'], message: 'is required exactly when status is "retired"'});
    }
  });
export type Orchestrator2026 = z.infer<typeof orchestrator2026Schema>;

/**
 * What readers type for a page besides its names and the glossary's aliases (src/data/search-synonyms.ts): everyday
 * Chinese engineering words (分库分表, 读写分离…) and abbreviations (k8s, BFF…), each mapped to the pages it means.
 */
export const searchSynonymSchema = z.strictObject({
  /** What a reader types; matched whole, case-insensitively. */
  terms: z.array(text.max(24, 'must be a word or short phrase')).min(1, 'must list at least one term'),
  /** Doc ids with an optional #heading-id, best first; unit tests check each page and heading exists. */
  targets: z.array(docLink).min(1, 'must point at a page'),
});
export type SearchSynonym = z.infer<typeof searchSynonymSchema>;

/** What kind of change a site change is (the changelog's 类型 column). */
export const SITE_CHANGE_KINDS = ['新内容', '勘误', '数据更新', '功能'] as const;

/**
 * One dated change of the site, for readers: the changelog page's table and the Atom feed /changes.atom are both
 * written from src/data/site-changes.ts, newest first.
 */
export const siteChangeSchema = z.strictObject({
  /** ASCII kebab-case, unique: the row's anchor on the changelog page and the feed entry's id. */
  id: slug,
  date: isoDate,
  kind: z.enum(SITE_CHANGE_KINDS),
  /** One line, Chinese. */
  title: text.max(60, 'must be one line of at most 60 characters'),
  /** What changed, one or two sentences. */
  summary: text.max(240, 'must be at most 240 characters'),
  /** The pages it concerns, as doc-id#heading links; the first one is the feed entry's link. */
  pages: z.array(docLink).min(1, 'must link at least one page'),
});
export type SiteChange = z.infer<typeof siteChangeSchema>;
