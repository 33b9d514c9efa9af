/**
 * npm run bench — this site side by side with the stock Docusaurus classic template of the same version, in one run:
 *   1. cold build time (`docusaurus clear`, then `docusaurus build`, timed);
 *   2. JS a page requests, gzipped (weighPage of check-budgets.ts), per page type;
 *   3. Lighthouse medians (mobile preset; auditPage of build-tools/lighthouse.ts) per page type;
 *   4. search index size (ours: build/search-index*.json, raw and gzipped; the template has no search).
 * Prints a table and writes .tmp/bench/results.json (with the date and the machine).
 *
 * The template is copied from the create-docusaurus package (templates/shared, then templates/classic, as
 * create-docusaurus does) into .tmp/bench/stock, whose node_modules is a link to ours: no network at bench time.
 *
 * BENCH_RUNS          Lighthouse runs per page (default 3; the median is reported)
 * STOCK_TEMPLATE_DIR  a create-docusaurus package folder (default node_modules/create-docusaurus)
 * BENCH_SKIP_BUILD=1  reuse build/ and .tmp/bench/stock/build as they are (no build times; for trying the script)
 *
 * Note: `docusaurus clear` empties node_modules/.cache, shared by both sites (and linked from the stock copy).
 * Each site is cleared right before its own build, so both builds start cold.
 */
import {spawn} from 'node:child_process';
import {cpSync, createWriteStream, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {gzipSync} from 'node:zlib';
import semver from 'semver';
import {launchChromium} from '../build-tools/chromium';
import {serveBuild} from '../tests/e2e/serve';
import {PAGES, weighPage, type PageWeight} from './check-budgets';
import {LIGHTHOUSE_PAGES} from './check-lighthouse';
import {ROOT, listFiles} from '../build-tools/docs';
import {CATEGORIES, auditPage, type Category, type Metrics} from '../build-tools/lighthouse';

const OUT = path.join(ROOT, '.tmp/bench');
const STOCK = path.join(OUT, 'stock');
const DOCUSAURUS = path.join(ROOT, 'node_modules/.bin/docusaurus');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SKIP_BUILD = process.env.BENCH_SKIP_BUILD === '1';
const KB = 1024;

interface BenchPage {
  /** Page type, the row of the table. */
  readonly type: string;
  readonly path: string;
  readonly diagrams: boolean;
}

interface Site {
  readonly name: 'ours' | 'stock';
  readonly dir: string;
  readonly pages: readonly BenchPage[];
}

interface PageResult {
  readonly type: string;
  readonly path: string;
  readonly js: Pick<PageWeight, 'scripts' | 'jsRaw' | 'jsGzip'>;
  readonly lighthouse: {scores: Record<Category, number>; runs: readonly Record<Category, number>[]; metrics: Metrics};
}

interface SiteResult {
  readonly buildSeconds: number | null;
  /** HTML files in the build (what the build time buys). */
  readonly htmlPages: number;
  readonly searchIndex: {files: string[]; raw: number; gzip: number} | string;
  readonly pages: PageResult[];
}

/** Our pages: the Lighthouse list of check-lighthouse.ts (its chapter page is the "doc page" type). */
const OURS: BenchPage[] = LIGHTHOUSE_PAGES.map((p) => ({
  type: p.name === 'chapter page' ? 'doc page' : p.name,
  path: p.path,
  diagrams: PAGES.find((q) => q.path === p.path)?.diagrams ?? false,
}));

const STOCK_PAGES: BenchPage[] = [
  {type: 'home', path: '', diagrams: false},
  {type: 'doc page', path: 'docs/intro', diagrams: false},
  {type: 'blog post', path: 'blog/welcome', diagrams: false},
];

// ---------------------------------------------------------------------------------------------------------------
// The stock template

/** Copies the classic template into .tmp/bench/stock as create-docusaurus does, with our node_modules linked. */
function prepareStock(): void {
  const pkgDir = path.resolve(process.env.STOCK_TEMPLATE_DIR ?? path.join(ROOT, 'node_modules/create-docusaurus'));
  const templates = path.join(pkgDir, 'templates');
  if (!existsSync(path.join(templates, 'classic')) || !existsSync(path.join(templates, 'shared'))) {
    throw new Error(
      `No Docusaurus classic template in ${templates}. Install it with "npm i -D -E create-docusaurus@3.10.2" ` +
        `(or set STOCK_TEMPLATE_DIR to an unpacked create-docusaurus package).`,
    );
  }
  const core = (JSON.parse(readFileSync(path.join(ROOT, 'node_modules/@docusaurus/core/package.json'), 'utf8')) as {version: string}).version;
  const creator = (JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as {version: string}).version;
  if (creator !== core) throw new Error(`create-docusaurus is ${creator} but @docusaurus/core is ${core}: compare the same version.`);

  rmSync(STOCK, {recursive: true, force: true});
  mkdirSync(STOCK, {recursive: true});
  // create-docusaurus: shared first, the template over it (symlinks skipped), gitignore renamed, package.json renamed.
  cpSync(path.join(templates, 'shared'), STOCK, {recursive: true});
  cpSync(path.join(templates, 'classic'), STOCK, {recursive: true, filter: (file) => !lstatSync(file).isSymbolicLink()});
  if (existsSync(path.join(STOCK, 'gitignore'))) renameSync(path.join(STOCK, 'gitignore'), path.join(STOCK, '.gitignore'));
  const pkgFile = path.join(STOCK, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as {dependencies: Record<string, string>};
  writeFileSync(pkgFile, `${JSON.stringify({...pkg, name: 'stock', version: '0.0.0', private: true}, null, 2)}\n`);

  const problems = Object.entries(pkg.dependencies).flatMap(([name, range]) => {
    const file = path.join(ROOT, 'node_modules', name, 'package.json');
    if (!existsSync(file)) return [`${name}@${range} is not installed`];
    const {version} = JSON.parse(readFileSync(file, 'utf8')) as {version: string};
    return semver.satisfies(version, range) ? [] : [`${name}@${range} is needed, ${version} is installed`];
  });
  if (problems.length) throw new Error(`The classic template cannot use our node_modules:\n- ${problems.join('\n- ')}`);
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(STOCK, 'node_modules'), 'dir');
}

// ---------------------------------------------------------------------------------------------------------------
// Building

function docusaurus(command: 'clear' | 'build', siteDir: string, log: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(log, {flags: 'a'});
    // Our site is served at the root; SITE_URL etc. may still come from the environment.
    const child = spawn(DOCUSAURUS, [command, siteDir], {cwd: siteDir, env: {...process.env, BASE_URL: '/'}, stdio: ['ignore', 'pipe', 'pipe']});
    child.stdout.pipe(out, {end: false});
    child.stderr.pipe(out, {end: false});
    child.on('error', reject);
    child.on('close', (code) => {
      out.end();
      if (code === 0) resolve();
      else {
        const tail = readFileSync(log, 'utf8').split('\n').slice(-30).join('\n');
        reject(new Error(`docusaurus ${command} ${siteDir} exited with ${code}; the last lines of ${log}:\n${tail}`));
      }
    });
  });
}

/** `docusaurus clear`, then `docusaurus build`, timed; returns seconds. */
async function coldBuild(site: Site): Promise<number> {
  const log = path.join(OUT, `build-${site.name}.log`);
  rmSync(log, {force: true});
  await docusaurus('clear', site.dir, log);
  const start = performance.now();
  await docusaurus('build', site.dir, log);
  return (performance.now() - start) / 1000;
}

const htmlFiles = (site: Site) => listFiles(path.join(site.dir, 'build'), /\.html$/).length;

function searchIndex(build: string): SiteResult['searchIndex'] {
  const files = readdirSync(build).filter((f) => /^search-index.*\.json$/.test(f)).sort();
  if (files.length === 0) return 'none (no search plugin)';
  const bodies = files.map((f) => readFileSync(path.join(build, f)));
  return {files, raw: bodies.reduce((n, b) => n + b.length, 0), gzip: bodies.reduce((n, b) => n + gzipSync(b).length, 0)};
}

// ---------------------------------------------------------------------------------------------------------------
// Measuring a served build

async function measure(site: Site, chromium: {version?: string}): Promise<PageResult[]> {
  const build = path.join(site.dir, 'build');
  if (!existsSync(path.join(build, 'index.html'))) throw new Error(`${build} has no index.html: build it first.`);
  const {siteUrl, stop} = await serveBuild(build, '/');
  try {
    const weights: PageWeight[] = [];
    const browser = await launchChromium();
    try {
      chromium.version ??= browser.version();
      for (const page of site.pages) weights.push(await weighPage(browser, siteUrl, {name: page.type, path: page.path, diagrams: page.diagrams}));
    } finally {
      await browser.close();
    }
    const results: PageResult[] = [];
    for (const [i, page] of site.pages.entries()) {
      console.log(`${site.name}: ${page.type} (/${page.path}), Lighthouse ${RUNS} run(s)`);
      const lh = await auditPage(new URL(page.path, siteUrl).toString(), RUNS, console.log);
      const {scripts, jsRaw, jsGzip} = weights[i]!;
      results.push({type: page.type, path: page.path, js: {scripts, jsRaw, jsGzip}, lighthouse: {scores: lh.scores, runs: lh.runs, metrics: lh.metrics}});
    }
    return results;
  } finally {
    stop();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Report

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
const ms = (n: number) => String(Math.round(n));
const SHORT: Record<Category, string> = {performance: 'perf', accessibility: 'a11y', 'best-practices': 'bp', seo: 'seo'};

function table(results: Record<Site['name'], SiteResult>): string {
  const lines: string[] = [];
  const build = (s: SiteResult) => (s.buildSeconds === null ? 'not measured (BENCH_SKIP_BUILD)' : `${s.buildSeconds.toFixed(1)} s`);
  lines.push('Cold build (docusaurus clear, then docusaurus build)');
  lines.push(`  ours   ${build(results.ours)}, ${results.ours.htmlPages} HTML files`);
  lines.push(`  stock  ${build(results.stock)}, ${results.stock.htmlPages} HTML files`);
  lines.push('');
  const index = (s: SiteResult) => (typeof s.searchIndex === 'string' ? s.searchIndex : `${kb(s.searchIndex.raw)} raw, ${kb(s.searchIndex.gzip)} gzipped (${s.searchIndex.files.join(', ')})`);
  lines.push('Search index');
  lines.push(`  ours   ${index(results.ours)}`);
  lines.push(`  stock  ${index(results.stock)}`);
  lines.push('');
  lines.push(`Per page type: JS requested (gzipped) and Lighthouse ${RUNS}-run medians, mobile preset`);
  const header = ['page type'.padEnd(27), 'site '.padEnd(6), 'path'.padEnd(31), 'scripts'.padStart(7), 'JS gzip'.padStart(10)];
  header.push(...CATEGORIES.map((c) => SHORT[c].padStart(5)), 'LCP ms'.padStart(7), 'TBT ms'.padStart(7));
  lines.push(header.join(' '));
  const types = [...new Set([...OURS, ...STOCK_PAGES].map((p) => p.type))];
  for (const type of types) {
    for (const name of ['ours', 'stock'] as const) {
      const r = results[name].pages.find((p) => p.type === type);
      const cells = [(name === 'ours' ? type : '').padEnd(27), name.padEnd(6)];
      if (!r) cells.push('—'.padEnd(31));
      else {
        const {scores, metrics} = r.lighthouse;
        cells.push(`/${r.path}`.padEnd(31), String(r.js.scripts).padStart(7), kb(r.js.jsGzip).padStart(10));
        cells.push(...CATEGORIES.map((c) => String(scores[c]).padStart(5)), ms(metrics.lcp).padStart(7), ms(metrics.tbt).padStart(7));
      }
      lines.push(cells.join(' ').trimEnd());
    }
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  mkdirSync(OUT, {recursive: true});
  const ours: Site = {name: 'ours', dir: ROOT, pages: OURS};
  const stock: Site = {name: 'stock', dir: STOCK, pages: STOCK_PAGES};
  if (!SKIP_BUILD) prepareStock();

  // Cold builds, one after the other: each clear (which also empties the shared node_modules/.cache) right before its build.
  const buildSeconds = {ours: null as number | null, stock: null as number | null};
  if (!SKIP_BUILD) {
    for (const site of [ours, stock]) {
      console.log(`${site.name}: docusaurus clear, then docusaurus build (log in ${path.relative(ROOT, path.join(OUT, `build-${site.name}.log`))})`);
      buildSeconds[site.name] = await coldBuild(site);
      console.log(`${site.name}: built in ${buildSeconds[site.name]!.toFixed(1)} s`);
    }
  }

  const chromium: {version?: string} = {};
  const results: Record<Site['name'], SiteResult> = {
    // measure() first: it fails with a clear message when a build is missing.
    ours: {pages: await measure(ours, chromium), buildSeconds: buildSeconds.ours, htmlPages: htmlFiles(ours), searchIndex: searchIndex(path.join(ROOT, 'build'))},
    stock: {pages: await measure(stock, chromium), buildSeconds: buildSeconds.stock, htmlPages: htmlFiles(stock), searchIndex: searchIndex(path.join(STOCK, 'build'))},
  };

  const cpus = os.cpus();
  const machine = {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGiB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: chromium.version ?? 'unknown',
  };
  const date = new Date().toISOString();
  writeFileSync(path.join(OUT, 'results.json'), `${JSON.stringify({date, machine, lighthouseRuns: RUNS, results}, null, 2)}\n`);

  console.log(`\nBenchmark ${date}: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, Chromium ${machine.chromium}`);
  console.log(table(results));
  console.log(`\nWritten to ${path.relative(ROOT, path.join(OUT, 'results.json'))}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
