/**
 * npm run import:cncf -- <landscape.yml> --commit <sha> --date <YYYY-MM-DD>
 *
 * Extracts every CNCF project (items with `project:`) of a cncf/landscape snapshot into src/data/cncf-projects.ts:
 * name, ASCII slug (the project's anchor on the site), maturity, category and subcategory, homepage, repository, and
 * the accepted / incubating / graduated / archived dates of `extra`. Nothing Crunchbase-derived is read (the
 * landscape's licence does not cover it), nor logos or the English descriptions (the site writes its own).
 * The output is sorted by slug and stable: the same snapshot gives the same file. The commit and date of the
 * snapshot are recorded in the file, since landscape.yml itself does not carry them.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import {ROOT} from '../build-tools/docs';
import {extractCncfProjects, renderCncfModule, snapshotOf, type LandscapeFile} from '../build-tools/cncf-landscape';

const OUT = path.join(ROOT, 'src/data/cncf-projects.ts');

function arg(flag: string, args: string[]): string {
  const at = args.indexOf(flag);
  const value = at >= 0 ? args[at + 1] : undefined;
  if (!value) throw new Error(`Missing ${flag}: usage: npm run import:cncf -- <landscape.yml> --commit <sha> --date <YYYY-MM-DD>`);
  return value;
}

function main(): void {
  const args = process.argv.slice(2);
  const file = args[0];
  if (!file || file.startsWith('--')) throw new Error('Missing <landscape.yml>: usage: npm run import:cncf -- <landscape.yml> --commit <sha> --date <YYYY-MM-DD>');
  const commit = arg('--commit', args);
  const date = arg('--date', args);
  if (!/^[0-9a-f]{40}$/.test(commit)) throw new Error(`--commit must be a full 40-character git commit, not ${JSON.stringify(commit)}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`--date must be YYYY-MM-DD, not ${JSON.stringify(date)}`);
  const projects = extractCncfProjects(yaml.load(readFileSync(file, 'utf8')) as LandscapeFile, file);
  const text = renderCncfModule(projects, snapshotOf(commit, date));
  writeFileSync(OUT, text);
  console.log(`Written ${path.relative(ROOT, OUT)}: ${projects.length} projects from cncf/landscape@${commit.slice(0, 7)} (${date})`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
