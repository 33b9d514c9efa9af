/**
 * npm run bench:save — keeps the last `npm run bench` (.tmp/bench/results.json, a run with BENCH_EACH=1) as the
 * site's record of its performance: src/data/bench.ts, which the 关于本站 page renders (checked against benchSchema
 * at build time). Only the figures the page shows are kept; run it after a bench worth publishing, and commit it.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {ROOT} from '../build-tools/docs';
import {TWEAK_NAMES} from '../plugins/performance';

const RESULTS = path.join(ROOT, '.tmp/bench/results.json');
const OUT = path.join(ROOT, 'src/data/bench.ts');

interface Page {
  type: string;
  path: string;
  js: {scripts: number; jsGzip: number};
  lighthouse: {scores: {performance: number}; metrics: {lcp: number; tbt: number}};
}
interface Results {
  date: string;
  machine: {cpus: number; cpuModel: string; memoryGiB: number; node: string; chromium: string};
  lighthouseRuns: number;
  results: Record<string, {buildSeconds: number | null; htmlPages: number; pages: Page[]}>;
}

const page = (p: Page) => ({
  type: p.type,
  path: `/${p.path}`,
  scripts: p.js.scripts,
  jsGzipKB: Math.round((p.js.jsGzip / 1024) * 10) / 10,
  performance: p.lighthouse.scores.performance,
  lcpMs: Math.round(p.lighthouse.metrics.lcp),
  tbtMs: Math.round(p.lighthouse.metrics.tbt),
});

function main(): void {
  const results = JSON.parse(readFileSync(RESULTS, 'utf8')) as Results;
  const missing = ['ours', 'none', 'stock', ...TWEAK_NAMES.map((t) => `-${t}`)].filter((name) => !results.results[name]);
  if (missing.length > 0) {
    throw new Error(`${path.relative(ROOT, RESULTS)} has no results for ${missing.join(', ')}: run BENCH_EACH=1 npm run bench first.`);
  }
  const site = (name: string) => {
    const r = results.results[name]!;
    const buildSeconds = r.buildSeconds === null ? null : Math.round(r.buildSeconds * 10) / 10;
    return {buildSeconds, htmlPages: r.htmlPages, pages: r.pages.map(page)};
  };
  const {cpus, cpuModel, memoryGiB, node, chromium} = results.machine;
  const extract = {
    date: results.date,
    machine: {cpus, cpuModel, memoryGiB, node, chromium},
    lighthouseRuns: results.lighthouseRuns,
    sites: {ours: site('ours'), none: site('none'), stock: site('stock')},
    withoutEach: Object.fromEntries(TWEAK_NAMES.map((t) => [t, results.results[`-${t}`]!.pages.map(page)])),
  };
  const header = `// Written by npm run bench:save from the bench of ${results.date}; do not edit by hand.\n`;
  writeFileSync(OUT, `${header}import type {Bench} from './schema';\n\nexport const bench: Bench = ${JSON.stringify(extract, null, 2)};\n`);
  console.log(`Written ${path.relative(ROOT, OUT)} (bench of ${results.date})`);
}

main();
