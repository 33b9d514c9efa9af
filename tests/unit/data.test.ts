import {describe, expect, it} from 'vitest';
import {adoptionSegments, maturityLevels} from '@site/src/data/cncf-maturity';
import {containerPatterns} from '@site/src/data/container-patterns';
import {dfxRows} from '@site/src/data/dfx';
import {orchestrators} from '@site/src/data/orchestrators';
import {patterns} from '@site/src/data/patterns';
import {problemCategories} from '@site/src/data/problem-categories';
import {referenceArchitectures} from '@site/src/data/reference-architectures';
import {PATTERN_SOURCES, patternSchema, referenceArchitectureSchema} from '@site/src/data/schema';
import {serviceDiscoveryModes} from '@site/src/data/service-discovery-modes';
import {twelveFactors} from '@site/src/data/twelve-factors';
import {
  DATA_MODULES,
  DataValidationError,
  ENGLISH_FIELD_MODULES,
  ENGLISH_MODULES,
  checkEnglish,
  checkEnglishFields,
  checkModule,
  checkReferences,
  validateData,
} from '@site/src/data/validate';

describe('src/data', () => {
  it.each(DATA_MODULES.map((m) => [m.file, m] as const))('%s: every record passes its schema, keys are unique', (_f, module) => {
    expect(checkModule(module)).toEqual([]);
  });

  it('every cross-reference resolves', () => {
    expect(checkReferences()).toEqual([]);
    expect(() => validateData()).not.toThrow();
  });

  it('holds every row of the seed tables', () => {
    expect(referenceArchitectures).toHaveLength(6);
    expect(problemCategories).toHaveLength(8);
    expect(patterns.filter((p) => p.seed2018)).toHaveLength(36);
    expect(patterns.filter((p) => p.seed2015)).toHaveLength(24);
    expect(new Set(patterns.flatMap((p) => (p.seed2015 ? [p.seed2015.order] : []))).size).toBe(24);
    expect(dfxRows).toHaveLength(7);
    expect(containerPatterns).toHaveLength(7);
    expect(orchestrators.map((o) => o.short)).toEqual(['K8s', 'Mesos', 'Swarm']);
    expect(serviceDiscoveryModes).toHaveLength(3);
    expect(twelveFactors.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('matches the current Azure catalog: 42 patterns, Strangler Fig renamed, 7 new, Gatekeeper removed', () => {
    expect(patterns.filter((p) => p.sources.includes('azure-current'))).toHaveLength(42);
    expect(patterns.find((p) => p.slug === 'strangler-fig')).toMatchObject({status: 'renamed', formerEnglish: 'Strangler'});
    expect(patterns.filter((p) => p.status === 'new').map((p) => p.english).sort()).toEqual([
      'Deployment Stamps',
      'Geode',
      'Messaging Bridge',
      'Quarantine',
      'Rate Limiting',
      'Saga',
      'Sequential Convoy',
    ]);
    expect(patterns.find((p) => p.slug === 'gatekeeper')).toMatchObject({status: 'removed', pillars: []});
    expect(patterns.find((p) => p.slug === 'runtime-reconfiguration')?.status).toBe('removed');
  });

  it('maps every DFX row and container pattern to a pattern', () => {
    expect(dfxRows.filter((r) => r.name).every((r) => r.pattern)).toBe(true);
    const paper = patterns.filter((p) => p.sources.includes('container-paper')).map((p) => p.slug);
    expect(paper.sort()).toEqual([
      'adapter',
      'ambassador',
      'leader-election',
      'scatter-gather',
      'sidecar',
      'single-container-management',
      'work-queue',
    ]);
  });

  it('every source is used and the maturity levels sit on the first three adoption segments', () => {
    for (const source of PATTERN_SOURCES) expect(patterns.some((p) => p.sources.includes(source)), source).toBe(true);
    expect(adoptionSegments.reduce((sum, s) => sum + s.percent, 0)).toBe(100);
    expect(maturityLevels.filter((l) => l.segment).map((l) => l.segment)).toEqual(
      adoptionSegments.slice(0, 3).map((s) => s.id),
    );
  });
});

describe('the validator', () => {
  it('rejects a record outside the closed vocabulary, naming module, record and field', () => {
    const broken = {...patterns.find((p) => p.slug === 'circuit-breaker')!, pillars: ['speed']};
    expect(checkModule({file: 'src/data/patterns.ts', records: [broken], schema: patternSchema})).toEqual([
      expect.stringMatching(/^src\/data\/patterns\.ts: record "circuit-breaker", field "pillars\[0\]": Invalid option: expected one of "reliability"\|/),
    ]);
  });

  it('rejects an empty required field and a duplicate slug', () => {
    const row = referenceArchitectures[0]!;
    const problems = checkModule({
      file: 'src/data/reference-architectures.ts',
      records: [{...row, name: '  '}, row],
      schema: referenceArchitectureSchema,
    });
    expect(problems).toEqual([
      'src/data/reference-architectures.ts: record "web-iaas", field "name": must not be empty',
      'src/data/reference-architectures.ts: record "web-iaas" is defined twice (records #1 and #2)',
    ]);
  });

  it('rejects an inconsistent status', () => {
    const wrong = {...patterns.find((p) => p.slug === 'retry')!, status: 'new'};
    expect(checkModule({file: 'f.ts', records: [wrong], schema: patternSchema})).toEqual([
      'f.ts: record "retry", field "status": must be "listed" for these sources',
    ]);
  });

  it('requires an English sentence for every pattern and glossary term, English and nothing else', () => {
    for (const m of ENGLISH_MODULES) expect(checkEnglish(m), m.file).toEqual([]);
    const [patternsEn] = ENGLISH_MODULES;
    const {retry: _retry, ...withoutRetry} = patternsEn!.texts;
    expect(checkEnglish({...patternsEn!, texts: {...withoutRetry, 'no-such-pattern': 'A pattern that does not exist.', sidecar: 'Sidecar 模式.', cqrs: 'Separate reads from writes'}})).toEqual([
      'src/data/patterns-en.ts: no English sentence for "retry" (every pattern of src/data/patterns.ts needs one)',
      'src/data/patterns-en.ts: "cqrs": must end with a full stop',
      'src/data/patterns-en.ts: "sidecar": must be English: it contains Chinese characters or full-width punctuation',
      'src/data/patterns-en.ts: "no-such-pattern" is no pattern of src/data/patterns.ts',
    ]);
    const [, glossaryEn] = ENGLISH_MODULES;
    expect(checkEnglish({...glossaryEn!, texts: {...glossaryEn!.texts, pod: 'The smallest unit（of scheduling）.'}})).toEqual([
      'src/data/glossary-en.ts: "pod": must be English: it contains Chinese characters or full-width punctuation',
    ]);
    expect(() => validateData([], [{...glossaryEn!, texts: {}}])).toThrow(/src\/data\/glossary-en\.ts: no English sentence for "admin-processes"/);
  });

  it('requires the English text of every non-empty Chinese field of a seed table, and none for an empty one', () => {
    for (const m of ENGLISH_FIELD_MODULES) expect(checkEnglishFields(m), m.file).toEqual([]);
    const [categories] = ENGLISH_FIELD_MODULES;
    const {security: _security, ...texts} = categories!.texts;
    const records = [...categories!.records, {id: 'extra', fields: {description: ''}}];
    expect(
      checkEnglishFields({
        ...categories!,
        records,
        texts: {...texts, messaging: {description: '消息传送'}, extra: {description: 'Text for an empty cell.'}, nope: {description: 'No such record.'}},
      }),
    ).toEqual([
      'src/data/problem-categories-en.ts: "nope" is no problem category of src/data/problem-categories.ts',
      'src/data/problem-categories-en.ts: "messaging", field "description": must be English: it contains Chinese characters or full-width punctuation',
      'src/data/problem-categories-en.ts: "security", field "description": no English text (every non-empty field of a problem category of src/data/problem-categories.ts needs one)',
      'src/data/problem-categories-en.ts: "extra", field "description": is empty in Chinese, so it has no English text',
    ]);
  });

  it('throws one error listing every problem', () => {
    const bad = {file: 'src/data/x.ts', records: [{slug: 'Not Kebab'}], schema: referenceArchitectureSchema};
    expect(() => validateData([bad])).toThrow(DataValidationError);
    expect(() => validateData([bad])).toThrow(/src\/data\/x\.ts: record "Not Kebab", field "slug": must be ASCII kebab-case/);
  });
});

describe('browser bundle hygiene', () => {
  it('components import only types from src/data/schema.ts (zod stays out of the browser)', async () => {
    const {readdirSync, readFileSync, statSync} = await import('node:fs');
    const path = await import('node:path');
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => (statSync(path.join(dir, n)).isDirectory() ? walk(path.join(dir, n)) : [path.join(dir, n)]));
    const offenders = ['components', 'theme', 'pages', 'hooks']
      .flatMap((d) => walk(path.resolve(__dirname, '../../src', d)))
      .filter((f) => /\.tsx?$/.test(f))
      .filter((f) => /^import (?!type )[^;]*from '(@site\/src\/data\/schema|zod)'/m.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
