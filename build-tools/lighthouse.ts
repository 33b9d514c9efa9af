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

/** The median; of an even count, the lower middle value (after two runs, a bound the third could only raise). */
const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length / 2) - 1]!;
};

/**
 * Whether further runs can still change how the median of `runs` compares with each gate: the median reaches a gate
 * exactly when more than half of the runs do, so once more than half have passed, or more than half have failed,
 * for every category, the remaining runs cannot change the verdict.
 */
export function gatesDecided(done: readonly Record<Category, number>[], runs: number, gates: Record<Category, number>): boolean {
  const needed = Math.floor(runs / 2) + 1;
  return CATEGORIES.every((c) => {
    const passed = done.filter((s) => s[c] >= gates[c]).length;
    return passed >= needed || done.length - passed >= needed;
  });
}

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

/**
 * Runs Lighthouse `runs` times on `url` and returns the medians; given `gates`, stops early once the runs made decide
 * how the full median compares with every gate (the scores are then the lower middle of the runs made).
 */
export async function auditPage(
  url: string,
  runs = 3,
  log: (line: string) => void = () => undefined,
  gates?: Record<Category, number>,
): Promise<PageResult> {
  assertChromium();
  const lhrs: Lhr[] = [];
  const all: Record<Category, number>[] = [];
  for (let i = 0; i < runs; i += 1) {
    const lhr = await runOnce(url);
    const s = scoresOf(lhr);
    lhrs.push(lhr);
    all.push(s);
    log(`  run ${i + 1}/${runs}: ${CATEGORIES.map((c) => `${c} ${s[c]}`).join(', ')}`);
    // With gates, stop as soon as the remaining runs could not change any verdict (two agreeing runs of three).
    if (gates && i + 1 < runs && gatesDecided(all, runs, gates)) {
      log(`  runs ${i + 2}–${runs} skipped: the first ${i + 1} already decide every gate`);
      break;
    }
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
