/**
 * npm run bench — this site with all its performance tweaks, with none (KB_TWEAKS=none), and the stock Docusaurus
 * classic template of the same version, side by side in one run:
 *   1. cold build time (`docusaurus clear`, then `docusaurus build`, timed);
 *   2. JS a page requests, gzipped (weighPage of check-budgets.ts), per page type;
 *   3. Lighthouse medians (mobile preset; auditPage of build-tools/lighthouse.ts) per page type;
 *   4. search index size (ours: Pagefind's pagefind/ folder, raw and gzipped; the template has no search; the search
 *      box's own index and timings are npm run bench:search's).
 * With BENCH_EACH=1 it also builds the site once without each tweak in turn (KB_TWEAKS=-name) and measures
 * EACH_PAGES, for the table of what each tweak buys (关于本站 #tweaks, through npm run bench:save).
 * Prints the tables and writes .tmp/bench/results.json (with the date and the machine).
 *
 * Each variant of our site is built into .tmp/bench/<variant>; build/ is left alone. The template is copied from
 * the create-docusaurus package (templates/shared, then templates/classic, as create-docusaurus does) into
 * .tmp/bench/stock, whose node_modules is a link to ours: no network at bench time.
 *
 * BENCH_RUNS          Lighthouse runs per page (default 3; the median is reported)
 * BENCH_EACH=1        also measure the site without each tweak (about 3 minutes a tweak on this machine)
 * STOCK_TEMPLATE_DIR  a create-docusaurus package folder (default node_modules/create-docusaurus)
 * BENCH_SKIP_BUILD=1  reuse the builds in .tmp/bench as they are (no build times; for trying the script)
 * BENCH_RESUME=1      keep the sites that .tmp/bench/results.json already has (written after each site)
 *
 * Note: `docusaurus clear` empties node_modules/.cache, shared by both sites (and linked from the stock copy).
 * The three main sites are cleared right before their own build, so each starts cold; the leave-one-out builds
 * are not timed and not cleared.
 */
import {spawn} from 'node:child_process';
import {cpSync, createWriteStream, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {gzipSync} from 'node:zlib';
import semver from 'semver';
import {launchChromium} from '../build-tools/chromium';
import {serveBuild} from '../build-tools/serve';
import {PAGES, weighPage, type PageWeight} from './check-budgets';
import {LIGHTHOUSE_PAGES} from './check-lighthouse';
import {ROOT, listFiles} from '../build-tools/docs';
import {CATEGORIES, auditPage, type Category, type Metrics} from '../build-tools/lighthouse';
import {TWEAK_NAMES} from '../plugins/performance';

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
  /** "ours", "none", "stock", or "-<tweak>" (our site without that tweak). */
  readonly name: string;
  /** The site's folder (where docusaurus.config.ts is). */
  readonly dir: string;
  /** Where it is built. */
  readonly out: string;
  /** KB_TWEAKS for the build (our site only). */
  readonly tweaks?: string;
  readonly pages: readonly BenchPage[];
  /** Cleared and timed (the three main sites), or built warm and untimed (the leave-one-out ones). */
  readonly cold: boolean;
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

/** The pages each leave-one-out build is measured on: the page types the tweaks were made for. */
const EACH_PAGES: BenchPage[] = OURS.filter((p) => ['doc page', 'pattern page with diagram'].includes(p.type));

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

function docusaurus(command: 'clear' | 'build', site: Site, log: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(log, {flags: 'a'});
    const args = command === 'build' ? ['build', site.dir, '--out-dir', site.out] : ['clear', site.dir];
    // Our site is served at the root; SITE_URL etc. may still come from the environment.
    const env = {...process.env, BASE_URL: '/', ...(site.tweaks === undefined ? {} : {KB_TWEAKS: site.tweaks})};
    const child = spawn(DOCUSAURUS, args, {cwd: site.dir, env, stdio: ['ignore', 'pipe', 'pipe']});
    child.stdout.pipe(out, {end: false});
    child.stderr.pipe(out, {end: false});
    child.on('error', reject);
    child.on('close', (code) => {
      out.end();
      if (code === 0) resolve();
      else {
        const tail = readFileSync(log, 'utf8').split('\n').slice(-30).join('\n');
        reject(new Error(`docusaurus ${command} ${site.name} exited with ${code}; the last lines of ${log}:\n${tail}`));
      }
    });
  });
}

/** `docusaurus build` (after `docusaurus clear` for a cold one); returns seconds, or null when not cold. */
async function buildSite(site: Site): Promise<number | null> {
  const log = path.join(OUT, `build-${site.name}.log`);
  rmSync(log, {force: true});
  console.log(`${site.name}: ${site.cold ? 'docusaurus clear, then ' : ''}docusaurus build (log in ${path.relative(ROOT, log)})`);
  if (site.cold) await docusaurus('clear', site, log);
  const start = performance.now();
  await docusaurus('build', site, log);
  const seconds = (performance.now() - start) / 1000;
  console.log(`${site.name}: built in ${seconds.toFixed(1)} s`);
  return site.cold ? seconds : null;
}

const htmlFiles = (site: Site) => listFiles(site.out, /\.html$/).length;

function searchIndex(build: string): SiteResult['searchIndex'] {
  const dir = path.join(build, 'pagefind');
  if (!existsSync(dir)) return 'none (no search index)';
  const files = listFiles(dir, /./).map((f) => path.relative(build, f)).sort();
  const bodies = files.map((f) => readFileSync(path.join(build, f)));
  return {files, raw: bodies.reduce((n, b) => n + b.length, 0), gzip: bodies.reduce((n, b) => n + gzipSync(b).length, 0)};
}

// ---------------------------------------------------------------------------------------------------------------
// Measuring a served build

async function measure(site: Site, chromium: {version?: string}): Promise<PageResult[]> {
  const build = site.out;
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

const MAIN_SITES = ['ours', 'none', 'stock'] as const;

function table(results: Record<string, SiteResult>): string {
  const lines: string[] = [];
  const build = (s: SiteResult) => (s.buildSeconds === null ? 'not measured' : `${s.buildSeconds.toFixed(1)} s`);
  lines.push('Cold build (docusaurus clear, then docusaurus build); ours = all tweaks, none = KB_TWEAKS=none');
  for (const name of MAIN_SITES) lines.push(`  ${name.padEnd(6)} ${build(results[name]!)}, ${results[name]!.htmlPages} HTML files`);
  lines.push('');
  const index = (s: SiteResult) => (typeof s.searchIndex === 'string' ? s.searchIndex : `${kb(s.searchIndex.raw)} raw, ${kb(s.searchIndex.gzip)} gzipped (${s.searchIndex.files.length} files)`);
  lines.push('Search index');
  for (const name of MAIN_SITES) lines.push(`  ${name.padEnd(6)} ${index(results[name]!)}`);
  lines.push('');
  lines.push(`Per page type: JS requested (gzipped) and Lighthouse ${RUNS}-run medians, mobile preset`);
  const header = ['page type'.padEnd(27), 'site '.padEnd(6), 'path'.padEnd(31), 'scripts'.padStart(7), 'JS gzip'.padStart(10)];
  header.push(...CATEGORIES.map((c) => SHORT[c].padStart(5)), 'LCP ms'.padStart(7), 'TBT ms'.padStart(7));
  lines.push(header.join(' '));
  const types = [...new Set([...OURS, ...STOCK_PAGES].map((p) => p.type))];
  for (const type of types) {
    for (const [i, name] of MAIN_SITES.entries()) {
      const r = results[name]!.pages.find((p) => p.type === type);
      const cells = [(i === 0 ? type : '').padEnd(27), name.padEnd(6)];
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

/** What each tweak buys: the site without it, against the site with all, on EACH_PAGES. */
function eachTable(results: Record<string, SiteResult>): string {
  const ours = results.ours!;
  const lines = [`Without one tweak (KB_TWEAKS=-name) against all tweaks, Lighthouse ${RUNS}-run medians`];
  lines.push(['tweak'.padEnd(24), 'page type'.padEnd(27), 'JS gzip Δ'.padStart(10), 'perf'.padStart(9), 'LCP ms'.padStart(11), 'TBT ms'.padStart(11)].join(' '));
  const pair = (a: number, b: number) => `${Math.round(a)}→${Math.round(b)}`;
  for (const [name, result] of Object.entries(results).filter(([n]) => n.startsWith('-'))) {
    for (const [i, r] of result.pages.entries()) {
      const all = ours.pages.find((p) => p.type === r.type)!;
      const delta = r.js.jsGzip - all.js.jsGzip;
      lines.push(
        [
          (i === 0 ? name.slice(1) : '').padEnd(24),
          r.type.padEnd(27),
          `${delta >= 0 ? '+' : ''}${(delta / KB).toFixed(1)} KB`.padStart(10),
          pair(r.lighthouse.scores.performance, all.lighthouse.scores.performance).padStart(9),
          pair(r.lighthouse.metrics.lcp, all.lighthouse.metrics.lcp).padStart(11),
          pair(r.lighthouse.metrics.tbt, all.lighthouse.metrics.tbt).padStart(11),
        ].join(' '),
      );
    }
  }
  lines.push('(each cell: without the tweak → with all tweaks)');
  return lines.join('\n');
}

async function main(): Promise<void> {
  mkdirSync(OUT, {recursive: true});
  const sites: Site[] = [
    {name: 'ours', dir: ROOT, out: path.join(OUT, 'ours'), tweaks: 'all', pages: OURS, cold: true},
    {name: 'none', dir: ROOT, out: path.join(OUT, 'none'), tweaks: 'none', pages: OURS, cold: true},
    {name: 'stock', dir: STOCK, out: path.join(STOCK, 'build'), pages: STOCK_PAGES, cold: true},
  ];
  if (process.env.BENCH_EACH === '1') {
    for (const tweak of TWEAK_NAMES) sites.push({name: `-${tweak}`, dir: ROOT, out: path.join(OUT, `without-${tweak}`), tweaks: `-${tweak}`, pages: EACH_PAGES, cold: false});
  }
  if (!SKIP_BUILD) prepareStock();

  const chromium: {version?: string} = {};
  const file = path.join(OUT, 'results.json');
  // BENCH_RESUME=1: keep the sites an interrupted run already measured (results.json is written after each site).
  const earlier = process.env.BENCH_RESUME === '1' && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as {results: Record<string, SiteResult>}).results : {};
  const results: Record<string, SiteResult> = {...earlier};
  const cpus = os.cpus();
  const machine = () => ({
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGiB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: chromium.version ?? 'unknown',
  });
  const date = new Date().toISOString();
  const save = () => writeFileSync(file, `${JSON.stringify({date, machine: machine(), lighthouseRuns: RUNS, tweaks: TWEAK_NAMES, results}, null, 2)}\n`);
  // One site at a time: build, then measure, so that no build runs while Lighthouse does.
  for (const site of sites) {
    if (results[site.name]) {
      console.log(`${site.name}: measured by the interrupted run, kept`);
      continue;
    }
    const buildSeconds = SKIP_BUILD ? null : await buildSite(site);
    // measure() first: it fails with a clear message when a build is missing.
    const pages = await measure(site, chromium);
    results[site.name] = {pages, buildSeconds, htmlPages: htmlFiles(site), searchIndex: searchIndex(site.out)};
    save();
  }
  const {cpus: n, cpuModel, memoryGiB, node, chromium: version} = machine();

  console.log(`\nBenchmark ${date}: ${n} × ${cpuModel}, ${memoryGiB} GiB, Node ${node}, Chromium ${version}`);
  console.log(table(results));
  if (sites.some((s) => s.name.startsWith('-'))) console.log(`\n${eachTable(results)}`);
  console.log(`\nWritten to ${path.relative(ROOT, file)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
