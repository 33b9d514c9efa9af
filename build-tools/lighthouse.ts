/**
 * Lighthouse 12 (mobile preset: Moto G Power emulation, simulated slow 4G and 4× CPU slowdown) against a served
 * build, with Debian's Chromium. A machine this slow and noisy scatters single runs, so every page is run several
 * times and each category is reported as the median of its runs.
 */
import {execFile} from 'node:child_process';
import path from 'node:path';
import {promisify} from 'node:util';
import type {Result as Lhr} from 'lighthouse';
import {CHROMIUM_FLAGS, CHROMIUM_PATH, assertChromium} from './chromium';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Metrics of the run whose performance score is the median, in ms (CLS unitless). */
export interface Metrics {
  readonly fcp: number;
  readonly lcp: number;
  readonly tbt: number;
  readonly cls: number;
  readonly si: number;
}

export interface PageResult {
  readonly url: string;
  /** Median score per category, 0–100. */
  readonly scores: Record<Category, number>;
  /** Every run's scores, for the record. */
  readonly runs: readonly Record<Category, number>[];
  readonly metrics: Metrics;
  /** Audits that lost points in a category other than performance (in any run), e.g. "color-contrast: …". */
  readonly failures: readonly string[];
  /** What held performance back in the median run: opportunities and diagnostics with a score below 0.9. */
  readonly perfNotes: readonly string[];
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

const LIGHTHOUSE_CLI = path.resolve(__dirname, '../node_modules/lighthouse/cli/index.js');

/**
 * One run of the Lighthouse CLI in plain Node, in its own Chromium. (Not the Node API under tsx: tsx compiles
 * Lighthouse's page functions with esbuild's __name helper, which then does not exist in the page.)
 */
async function runOnce(url: string): Promise<Lhr> {
  const {stdout} = await promisify(execFile)(
    process.execPath,
    [
      LIGHTHOUSE_CLI,
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
    ],
    {env: {...process.env, CHROME_PATH: CHROMIUM_PATH}, maxBuffer: 64 * 1024 * 1024, timeout: 180_000},
  );
  const lhr = JSON.parse(stdout) as Lhr;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  return lhr;
}

const scoresOf = (lhr: Lhr): Record<Category, number> =>
  Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;

function failuresOf(lhr: Lhr): string[] {
  const out: string[] = [];
  for (const category of CATEGORIES.filter((c) => c !== 'performance')) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) out.push(`${category} › ${ref.id}: ${audit.title}`);
    }
  }
  return out;
}

function perfNotesOf(lhr: Lhr): string[] {
  return (lhr.categories.performance?.auditRefs ?? [])
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a && a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
    .map((a) => `${a!.id}${a!.displayValue ? ` (${a!.displayValue})` : ''}`);
}

/** Runs Lighthouse `runs` times on `url` and returns the medians. */
export async function auditPage(url: string, runs = 3, log: (line: string) => void = () => undefined): Promise<PageResult> {
  assertChromium();
  const lhrs: Lhr[] = [];
  const all: Record<Category, number>[] = [];
  for (let i = 0; i < runs; i += 1) {
    const lhr = await runOnce(url);
    const s = scoresOf(lhr);
    lhrs.push(lhr);
    all.push(s);
    log(`  run ${i + 1}/${runs}: ${CATEGORIES.map((c) => `${c} ${s[c]}`).join(', ')}`);
  }
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(all.map((s) => s[c]))])) as Record<Category, number>;
  const medianRun = lhrs[all.findIndex((s) => s.performance === scores.performance)]!;
  const metric = (id: string) => medianRun.audits[id]?.numericValue ?? Number.NaN;
  return {
    url,
    scores,
    runs: all,
    metrics: {
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      si: metric('speed-index'),
    },
    failures: [...new Set(lhrs.flatMap(failuresOf))],
    perfNotes: perfNotesOf(medianRun),
  };
}
