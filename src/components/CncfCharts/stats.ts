/**
 * The numbers behind the CNCF maturity figures, computed from the project records (src/data/cncf-projects.ts). Pure
 * and free of the data itself: plugins/cncf-stats.ts runs it at build time, so that a page showing a figure loads
 * these few numbers and not the 255 records.
 */
import type {CncfProject} from '@site/src/data/schema';

export const LEVELS = ['graduated', 'incubating', 'sandbox', 'archived'] as const;
export type Level = (typeof LEVELS)[number];

export interface YearCounts {
  readonly year: number;
  /** Projects accepted into the sandbox that year. */
  readonly sandbox: number;
  /** Projects that reached incubating that year (accepted straight into it or moved up from the sandbox). */
  readonly incubating: number;
  readonly graduated: number;
}

export interface NamedDuration {
  readonly slug: string;
  readonly name: string;
  readonly days: number;
}

export interface DurationStats {
  /** Projects measured. */
  readonly count: number;
  readonly medianDays: number;
  readonly fastest: NamedDuration;
  readonly slowest: NamedDuration;
  /** Whole-year bins: [0, 1), [1, 2), … up to the slowest. */
  readonly bins: ReadonlyArray<{readonly fromYears: number; readonly count: number}>;
}

export interface CncfStats {
  /** The snapshot's date (YYYY-MM-DD). */
  readonly date: string;
  readonly total: number;
  readonly counts: Readonly<Record<Level, number>>;
  /** One entry per year from the first acceptance to the snapshot's year. */
  readonly years: readonly YearCounts[];
  /** From sandbox acceptance to incubating, for projects that went through the sandbox. */
  readonly toIncubation: DurationStats;
  /** From incubating to graduated. */
  readonly toGraduation: DurationStats;
  /** Projects accepted straight at incubating without a sandbox stage. */
  readonly acceptedAtIncubating: number;
}

const DAY = 86_400_000;
const yearOf = (date: string) => Number(date.slice(0, 4));
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

/** Days as years with one decimal, e.g. 2.3. */
export const years = (days: number) => Math.round((days / 365.25) * 10) / 10;

function durations(items: readonly NamedDuration[], what: string): DurationStats {
  if (items.length === 0) throw new Error(`cncfStats: no project has a ${what} to measure`);
  const sorted = [...items].sort((a, b) => a.days - b.days || a.name.localeCompare(b.name));
  const mid = Math.floor(sorted.length / 2);
  const medianDays = sorted.length % 2 ? sorted[mid]!.days : Math.round((sorted[mid - 1]!.days + sorted[mid]!.days) / 2);
  const slowest = sorted[sorted.length - 1]!;
  const binCount = Math.floor(slowest.days / 365.25) + 1;
  const bins = Array.from({length: binCount}, (_, i) => ({
    fromYears: i,
    count: sorted.filter((d) => Math.floor(d.days / 365.25) === i).length,
  }));
  return {count: sorted.length, medianDays, fastest: sorted[0]!, slowest, bins};
}

export function cncfStats(projects: readonly CncfProject[], date: string): CncfStats {
  const counts = {graduated: 0, incubating: 0, sandbox: 0, archived: 0};
  for (const p of projects) counts[p.maturity] += 1;
  const accepted = projects.flatMap((p) => (p.accepted ? [yearOf(p.accepted)] : []));
  const first = Math.min(...accepted);
  const last = yearOf(date);
  const enteredSandbox = (p: CncfProject) => p.accepted !== undefined && p.incubating !== p.accepted;
  const yearsList = Array.from({length: last - first + 1}, (_, i) => {
    const year = first + i;
    const count = (pick: (p: CncfProject) => string | undefined) => projects.filter((p) => pick(p) && yearOf(pick(p)!) === year).length;
    return {
      year,
      sandbox: count((p) => (enteredSandbox(p) ? p.accepted : undefined)),
      incubating: count((p) => p.incubating),
      graduated: count((p) => p.graduated),
    };
  });
  const toIncubation = projects.flatMap((p) =>
    p.accepted && p.incubating && p.incubating !== p.accepted ? [{slug: p.slug, name: p.name, days: daysBetween(p.accepted, p.incubating)}] : [],
  );
  const toGraduation = projects.flatMap((p) =>
    p.incubating && p.graduated ? [{slug: p.slug, name: p.name, days: daysBetween(p.incubating, p.graduated)}] : [],
  );
  return {
    date,
    total: projects.length,
    counts,
    years: yearsList,
    toIncubation: durations(toIncubation, 'sandbox-to-incubating span'),
    toGraduation: durations(toGraduation, 'incubating-to-graduated span'),
    acceptedAtIncubating: projects.filter((p) => p.accepted && p.incubating === p.accepted).length,
  };
}
