/**
 * Reading CNCF projects out of cncf/landscape's landscape.yml (used by scripts/import-cncf-landscape.ts, tested in
 * tests/unit/cncf-landscape.test.ts). Only the fields the site shows; never the Crunchbase-derived ones.
 */

export const MATURITIES = ['sandbox', 'incubating', 'graduated', 'archived'] as const;
export type Maturity = (typeof MATURITIES)[number];

interface LandscapeItem {
  name: string;
  project?: string;
  homepage_url?: string;
  repo_url?: string;
  extra?: {accepted?: string; incubating?: string; graduated?: string; archived?: string};
}
export interface LandscapeFile {
  landscape: {name: string; subcategories?: {name: string; items?: LandscapeItem[]}[]}[];
}

/** One CNCF project as the site stores it. Dates are YYYY-MM-DD; a date the landscape does not give is absent. */
export interface ExtractedProject {
  slug: string;
  name: string;
  maturity: Maturity;
  category: string;
  subcategory: string;
  homepage?: string;
  repository?: string;
  accepted?: string;
  incubating?: string;
  graduated?: string;
  archived?: string;
}

/** The ASCII anchor of a project: its name in lower case, every run of other characters a single hyphen. */
export function cncfSlug(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every item with `project:`, sorted by slug; throws naming the file, the project and the field on bad data. */
export function extractCncfProjects(doc: LandscapeFile, file: string): ExtractedProject[] {
  const out: ExtractedProject[] = [];
  const problems: string[] = [];
  for (const category of doc.landscape ?? []) {
    for (const subcategory of category.subcategories ?? []) {
      for (const item of subcategory.items ?? []) {
        if (!item.project) continue;
        const where = `${file}: project "${item.name}"`;
        if (!(MATURITIES as readonly string[]).includes(item.project)) problems.push(`${where}, field "project": ${JSON.stringify(item.project)} is not one of ${MATURITIES.join(', ')}`);
        const project: ExtractedProject = {
          slug: cncfSlug(item.name),
          name: item.name,
          maturity: item.project as Maturity,
          category: category.name,
          subcategory: subcategory.name,
        };
        if (item.homepage_url) project.homepage = item.homepage_url;
        if (item.repo_url) project.repository = item.repo_url;
        for (const key of ['accepted', 'incubating', 'graduated', 'archived'] as const) {
          const value = item.extra?.[key];
          if (value === undefined) continue;
          const text = String(value);
          if (!DATE.test(text)) problems.push(`${where}, field "extra.${key}": ${JSON.stringify(text)} is not a YYYY-MM-DD date`);
          else project[key] = text;
        }
        if (!project.slug) problems.push(`${where}: its name gives no ASCII slug`);
        out.push(project);
      }
    }
  }
  const seen = new Map<string, string>();
  for (const p of out) {
    const other = seen.get(p.slug);
    if (other) problems.push(`${file}: projects "${other}" and "${p.name}" have the same slug "${p.slug}"`);
    seen.set(p.slug, p.name);
  }
  if (problems.length > 0) throw new Error(`Cannot import ${file}:\n- ${problems.join('\n- ')}`);
  return out.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** Where an extract comes from, as src/data/cncf-projects.ts records it. */
export interface Snapshot {
  source: 'cncf/landscape';
  url: string;
  commit: string;
  date: string;
}

export function snapshotOf(commit: string, date: string): Snapshot {
  return {source: 'cncf/landscape', url: `https://github.com/cncf/landscape/blob/${commit}/landscape.yml`, commit, date};
}

/** The text of src/data/cncf-projects.ts: the same snapshot gives the same bytes. */
export function renderCncfModule(projects: readonly ExtractedProject[], snapshot: Snapshot): string {
  return (
    `// Written by npm run import:cncf from cncf/landscape@${snapshot.commit.slice(0, 7)} (${snapshot.date}); do not edit by hand.\n` +
    `import type {CncfProject, CncfSnapshot} from './schema';\n\n` +
    `export const cncfSnapshot: CncfSnapshot = ${JSON.stringify(snapshot, null, 2)};\n\n` +
    `export const cncfProjects: readonly CncfProject[] = ${JSON.stringify(projects, null, 2)};\n`
  );
}
