import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import {describe, expect, it} from 'vitest';
import {cncfSlug, extractCncfProjects, renderCncfModule, snapshotOf, type LandscapeFile} from '@site/build-tools/cncf-landscape';
import {cncfDescriptions} from '@site/src/data/cncf-descriptions';
import {cncfProjects, cncfSnapshot} from '@site/src/data/cncf-projects';

const SNAPSHOT = path.resolve(__dirname, '../../../shared/data/cncf-landscape/landscape.yml');

const landscape = (items: object[]): LandscapeFile => ({
  landscape: [{name: 'Orchestration & Management', subcategories: [{name: 'Service Mesh', items: items as never}]}],
});

describe('importing CNCF projects from cncf/landscape (build-tools/cncf-landscape.ts)', () => {
  it('keeps only projects, with the fields the site shows and nothing from Crunchbase, sorted by slug', () => {
    const projects = extractCncfProjects(
      landscape([
        {name: 'Linkerd', project: 'graduated', homepage_url: 'https://linkerd.io/', repo_url: 'https://github.com/linkerd/linkerd2', crunchbase: 'https://www.crunchbase.com/x', extra: {accepted: '2017-01-23', incubating: '2018-04-06', graduated: '2021-07-28'}},
        {name: 'Istio', project: 'graduated', homepage_url: 'https://istio.io/', crunchbase: 'https://www.crunchbase.com/y', extra: {accepted: '2022-09-30'}},
        {name: 'Not a CNCF project', homepage_url: 'https://example.org/'},
      ]),
      'fixture.yml',
    );
    expect(projects.map((p) => p.slug)).toEqual(['istio', 'linkerd']);
    expect(projects[1]).toEqual({
      slug: 'linkerd', name: 'Linkerd', maturity: 'graduated', category: 'Orchestration & Management', subcategory: 'Service Mesh',
      homepage: 'https://linkerd.io/', repository: 'https://github.com/linkerd/linkerd2', accepted: '2017-01-23', incubating: '2018-04-06', graduated: '2021-07-28',
    });
    expect(JSON.stringify(projects)).not.toContain('crunchbase');
  });

  it('makes ASCII anchors of names', () => {
    expect(cncfSlug('Open Policy Agent (OPA)')).toBe('open-policy-agent-opa');
    expect(cncfSlug('Kubernetes')).toBe('kubernetes');
    expect(cncfSlug('in-toto')).toBe('in-toto');
  });

  it('stops on bad data, naming the file, the project and the field', () => {
    expect(() => extractCncfProjects(landscape([{name: 'X', project: 'incubation'}]), 'a.yml')).toThrow(/a\.yml: project "X", field "project": "incubation" is not one of sandbox/);
    expect(() => extractCncfProjects(landscape([{name: 'X', project: 'sandbox', extra: {accepted: '2021/09/14'}}]), 'a.yml')).toThrow(/project "X", field "extra\.accepted": "2021\/09\/14" is not a YYYY-MM-DD date/);
    expect(() => extractCncfProjects(landscape([{name: 'Argo', project: 'graduated'}, {name: 'ARGO', project: 'sandbox'}]), 'a.yml')).toThrow(/same slug "argo"/);
  });
});

describe('src/data/cncf-projects.ts', () => {
  it('holds the 255 projects of the 2026-08-07 snapshot, by maturity as the landscape counts them', () => {
    expect(cncfSnapshot).toMatchObject({source: 'cncf/landscape', commit: '153d699bddf74038d21775b14d09052f62021441', date: '2026-08-07'});
    expect(cncfProjects).toHaveLength(255);
    const count = (m: string) => cncfProjects.filter((p) => p.maturity === m).length;
    expect([count('graduated'), count('incubating'), count('sandbox'), count('archived')]).toEqual([38, 38, 151, 28]);
    expect(cncfProjects.find((p) => p.slug === 'kubernetes')).toMatchObject({maturity: 'graduated', accepted: '2016-03-10'});
  });

  it('has its dates in order: accepted ≤ incubating ≤ graduated, and archived after acceptance', () => {
    const bad = cncfProjects.flatMap((p) => {
      const steps = [p.accepted, p.incubating, p.graduated].filter((d): d is string => d !== undefined);
      const inOrder = steps.every((d, i) => i === 0 || steps[i - 1]! <= d) && (!p.archived || !p.accepted || p.accepted <= p.archived);
      return inOrder ? [] : [`${p.slug}: ${JSON.stringify({accepted: p.accepted, incubating: p.incubating, graduated: p.graduated, archived: p.archived})}`];
    });
    expect(bad).toEqual([]);
    expect(cncfProjects.filter((p) => p.maturity === 'graduated' && !p.graduated).map((p) => p.slug)).toEqual([]);
  });

  const fresh = existsSync(SNAPSHOT) ? 'is byte for byte what the import makes of the snapshot' : 'is what the import makes of the snapshot (skipped: ../shared/data/cncf-landscape/landscape.yml is not on this machine)';
  it.skipIf(!existsSync(SNAPSHOT))(fresh, () => {
    const projects = extractCncfProjects(yaml.load(readFileSync(SNAPSHOT, 'utf8')) as LandscapeFile, SNAPSHOT);
    const committed = readFileSync(path.resolve(__dirname, '../../src/data/cncf-projects.ts'), 'utf8');
    expect(renderCncfModule(projects, snapshotOf(cncfSnapshot.commit, cncfSnapshot.date))).toBe(committed);
  });
});

describe('src/data/cncf-descriptions.ts', () => {
  it('describes every project, and only those, in one Chinese sentence set as the site sets Chinese', () => {
    const slugs = cncfProjects.map((p) => p.slug);
    expect(Object.keys(cncfDescriptions).sort()).toEqual([...slugs].sort());
    const bad = Object.entries(cncfDescriptions).flatMap(([slug, zh]) => {
      const problems: string[] = [];
      if (!zh.endsWith('。') || zh.slice(0, -1).includes('。')) problems.push('not one sentence ending in 。');
      // A Latin word counts as one character.
      if ([...zh.replace(/[A-Za-z0-9][\w.+/&-]*/g, 'w')].length > 50) problems.push('longer than 50 characters');
      if (/[\u4e00-\u9fff][A-Za-z0-9]|[A-Za-z0-9][\u4e00-\u9fff]/.test(zh)) problems.push('no space between Chinese and Latin');
      if (/[,;:?!]\s*[\u4e00-\u9fff]|[\u4e00-\u9fff][,;:?!]/.test(zh)) problems.push('half-width punctuation');
      if (/沙箱项目|孵化|毕业|20\d\d/.test(zh)) problems.push('maturity or a date (the data has those)');
      return problems.map((p) => `${slug}: ${p}: ${zh}`);
    });
    expect(bad).toEqual([]);
  });
});
