import {useId, type ReactNode} from 'react';
import ChartTable from './ChartTable';
import {years, type CncfStats, type DurationStats} from './stats';
import styles from './styles.module.css';

/**
 * The CNCF maturity story as figures drawn from the numbers of ./stats.ts: how many projects entered each level
 * per year, and how long they took to move up. Plain SVG in the server's HTML (nothing to load, nothing to run);
 * each figure is one image to assistive technology (role="img", title, desc) and has its numbers as a table below.
 * The drawing is about as wide as a phone's column, so its text stays at its natural size there.
 */

const W = 360;
const LABEL = 46;
const BAR_X = 54;
/** Room right of the longest bar for its number. */
const BAR_MAX = W - BAR_X - 34;

const SERIES = [
  {key: 'sandbox', label: '进入沙箱'},
  {key: 'incubating', label: '进入孵化'},
  {key: 'graduated', label: '毕业'},
] as const;

export interface CncfTimelineProps {
  readonly stats: CncfStats;
  readonly caption?: string;
}

/** Projects entering sandbox, incubating and graduated, per year. */
export function CncfTimeline({stats, caption}: CncfTimelineProps): ReactNode {
  const uid = useId();
  const max = Math.max(1, ...stats.years.flatMap((y) => SERIES.map((s) => y[s.key])));
  const BAR = 10;
  const GAP = 2;
  const GROUP = 3 * BAR + 2 * GAP + 12;
  const TOP = 34;
  const height = TOP + stats.years.length * GROUP + 4;
  const first = stats.years[0]?.year;
  const last = stats.years[stats.years.length - 1]?.year;
  const sum = (key: (typeof SERIES)[number]['key']) => stats.years.reduce((n, y) => n + y[key], 0);
  return (
    <figure className={styles.figure}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${W} ${height}`}
        role="img"
        aria-labelledby={`${uid}-t ${uid}-d`}
        data-chart="timeline">
        <title id={`${uid}-t`}>{`CNCF 项目每年进入各成熟度级别的数量（${first}–${last} 年）`}</title>
        <desc id={`${uid}-d`}>
          {stats.years
            .map((y) => `${y.year} 年：进入沙箱 ${y.sandbox} 个，进入孵化 ${y.incubating} 个，毕业 ${y.graduated} 个`)
            .join('；')}
          {`。数据截至 ${stats.date}。`}
        </desc>
        <g className={styles.legend} aria-hidden="true">
          {SERIES.map((s, i) => (
            <g key={s.key} transform={`translate(${BAR_X + i * 96},8)`}>
              <rect width={12} height={12} rx={2} className={styles[s.key]} />
              <text x={17} y={11}>
                {s.label}
              </text>
            </g>
          ))}
        </g>
        {stats.years.map((y, row) => {
          const top = TOP + row * GROUP;
          return (
            <g key={y.year} data-year={y.year}>
              <text x={LABEL} y={top + (3 * BAR + 2 * GAP) / 2 + 4} textAnchor="end" className={styles.year}>
                {y.year}
              </text>
              {SERIES.map((s, i) => {
                const value = y[s.key];
                const width = (value / max) * BAR_MAX;
                const barY = top + i * (BAR + GAP);
                return (
                  <g key={s.key} data-series={s.key}>
                    <rect x={BAR_X} y={barY} width={Math.max(width, value ? 1.5 : 0)} height={BAR} rx={1.5} className={styles[s.key]} />
                    <text x={BAR_X + width + 4} y={barY + BAR - 1} className={value ? styles.count : styles.zero}>
                      {value}
                    </text>
                  </g>
                );
              })}
              <line x1={BAR_X} x2={BAR_X} y1={top - 3} y2={top + 3 * BAR + 2 * GAP + 3} className={styles.axis} />
            </g>
          );
        })}
      </svg>
      <ChartTable
        caption={`CNCF 项目每年进入各级别的数量（截至 ${stats.date}）`}
        head={['年份', ...SERIES.map((s) => s.label)]}
        rows={stats.years.map((y) => [y.year, ...SERIES.map((s) => y[s.key])])}
        foot={['合计', ...SERIES.map((s) => sum(s.key))]}
      />
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}

export interface CncfDurationsProps {
  readonly stats: CncfStats;
  readonly caption?: string;
}

/** How long projects spent from sandbox to incubating, and from incubating to graduated. */
export function CncfDurations({stats, caption}: CncfDurationsProps): ReactNode {
  const max = Math.max(1, ...[stats.toIncubation, stats.toGraduation].flatMap((d) => d.bins.map((b) => b.count)));
  return (
    <figure className={styles.figure}>
      <div className={styles.pair}>
        <Distribution
          title="从沙箱到孵化"
          what="进入沙箱到进入孵化"
          duration={stats.toIncubation}
          max={max}
          series="incubating"
          date={stats.date}
        />
        <Distribution
          title="从孵化到毕业"
          what="进入孵化到毕业"
          duration={stats.toGraduation}
          max={max}
          series="graduated"
          date={stats.date}
        />
      </div>
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}

interface DistributionProps {
  readonly title: string;
  readonly what: string;
  readonly duration: DurationStats;
  readonly max: number;
  readonly series: 'incubating' | 'graduated';
  readonly date: string;
}

function Distribution({title, what, duration, max, series, date}: DistributionProps): ReactNode {
  const uid = useId();
  const BAR = 16;
  const ROW = 24;
  const TOP = 8;
  const barsEnd = TOP + duration.bins.length * ROW;
  const height = barsEnd + 64;
  const lines = [
    `中位数 ${years(duration.medianDays)} 年`,
    `最快：${duration.fastest.name}（${years(duration.fastest.days)} 年）`,
    `最慢：${duration.slowest.name}（${years(duration.slowest.days)} 年）`,
  ];
  const binLabel = (from: number) => `${from}–${from + 1} 年`;
  return (
    <div className={styles.distribution} data-chart={`duration-${series}`}>
      <p className={styles.chartTitle}>{`${title}（${duration.count} 个项目）`}</p>
      <svg className={styles.svg} viewBox={`0 0 ${W} ${height}`} role="img" aria-labelledby={`${uid}-t ${uid}-d`}>
        <title id={`${uid}-t`}>{`CNCF 项目${what}所用的时间`}</title>
        <desc id={`${uid}-d`}>
          {`${duration.count} 个项目：`}
          {duration.bins.map((b) => `${binLabel(b.fromYears)} ${b.count} 个`).join('，')}
          {`。${lines.join('；')}。数据截至 ${date}。`}
        </desc>
        {duration.bins.map((b, i) => {
          const y = TOP + i * ROW;
          const width = (b.count / max) * BAR_MAX;
          return (
            <g key={b.fromYears} data-bin={b.fromYears}>
              <text x={LABEL} y={y + BAR - 3} textAnchor="end" className={styles.year}>
                {binLabel(b.fromYears)}
              </text>
              <rect x={BAR_X} y={y} width={Math.max(width, b.count ? 1.5 : 0)} height={BAR} rx={2} className={styles[series]} />
              <text x={BAR_X + width + 4} y={y + BAR - 3} className={b.count ? styles.count : styles.zero}>
                {b.count}
              </text>
            </g>
          );
        })}
        <line x1={BAR_X} x2={BAR_X} y1={TOP - 4} y2={barsEnd} className={styles.axis} />
        {lines.map((line, i) => (
          <text key={line} x={BAR_X} y={barsEnd + 20 + i * 19} className={i === 0 ? styles.median : styles.extreme}>
            {line}
          </text>
        ))}
      </svg>
      <ChartTable
        caption={`${title}所用时间的分布（截至 ${date}）`}
        head={['用时', '项目数']}
        rows={duration.bins.map((b) => [binLabel(b.fromYears), b.count])}>
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </ChartTable>
    </div>
  );
}
