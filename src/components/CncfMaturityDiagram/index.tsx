import {useId, useRef, useState, type ReactNode} from 'react';
import type {AdoptionSegmentRecord, MaturityLevel} from '@site/src/data/schema';
import ChartTable from '@site/src/components/CncfCharts/ChartTable';
import styles from './styles.module.css';

export interface CncfMaturityDiagramProps {
  readonly segments: readonly AdoptionSegmentRecord[];
  readonly levels: readonly MaturityLevel[];
  readonly caption?: string;
  /** Projects at each level today (from the CNCF landscape), shown under the level names and in a data table. */
  readonly counts?: Readonly<Record<MaturityLevel['id'], number>>;
  /** The date of those counts (YYYY-MM-DD). */
  readonly countsDate?: string;
}

const WIDTH = 640;
const HEIGHT = 300;
const LEFT = 30;
const RIGHT = WIDTH - 30;
const BASE = 215;
const PEAK = 150;
/** Segment boundaries in standard deviations: −∞…−2σ…−1σ…0…+1σ…+∞ (2.5 %, 13.5 %, 34 %, 34 %, 16 %). */
const BOUNDS = [-3, -2, -1, 0, 1, 3];
const CHASM = -1;

const x = (sigma: number) => LEFT + ((sigma + 3) / 6) * (RIGHT - LEFT);
const y = (sigma: number) => BASE - PEAK * Math.exp(-(sigma * sigma) / 2);
const r = (n: number) => Math.round(n * 10) / 10;

/** Closed area under the bell curve between two σ values. */
function area(from: number, to: number): string {
  const steps = Math.max(4, Math.round((to - from) * 16));
  const points = Array.from({length: steps + 1}, (_, i) => from + ((to - from) * i) / steps);
  return `M${r(x(from))},${BASE} ${points.map((s) => `L${r(x(s))},${r(y(s))}`).join(' ')} L${r(x(to))},${BASE} Z`;
}

const curve = `M${x(-3)},${r(y(-3))} ${Array.from({length: 97}, (_, i) => -3 + i / 16)
  .map((s) => `L${r(x(s))},${r(y(s))}`)
  .join(' ')}`;

/**
 * 图 1 CNCF 项目成熟等级: the technology adoption curve with the sandbox / incubating / graduated bands
 * over its first three segments and the chasm marked. The drawing is an SVG in the static HTML; each level
 * is a button over its band that shows the level's criteria on hover, focus or tap.
 */
export default function CncfMaturityDiagram({segments, levels, caption, counts, countsDate}: CncfMaturityDiagramProps): ReactNode {
  const uid = useId();
  const [active, setActive] = useState<string | undefined>(undefined);
  const banded = levels.filter((l) => l.segment);
  const bandOf = (level: MaturityLevel) => segments.findIndex((s) => s.id === level.segment);
  const shown = levels.find((l) => l.id === active);
  const panelId = `${uid}-criteria`;
  const titleId = `${uid}-title`;
  const descId = `${uid}-desc`;
  const svgRef = useRef<SVGSVGElement>(null);
  const enlarge = () => {
    const svg = svgRef.current;
    if (svg) void import('@site/src/components/StaticDiagram/viewer').then(({showSvg}) => showSvg(svg, caption ?? 'CNCF 项目成熟度级别'));
  };

  return (
    <figure className={styles.figure}>
      <div className={styles.stage}>
        <svg
          ref={svgRef}
          className={styles.svg}
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          preserveAspectRatio="xMidYMid meet">
          <title id={titleId}>CNCF 项目成熟度级别与技术采用生命周期</title>
          <desc id={descId}>
            {`钟形曲线从左到右分为${segments.map((s) => `${s.name}（${s.english}）${s.percent}%`).join('、')}。`}
            {banded.map((l) => `${l.name}（${l.english}）级别对应${segments[bandOf(l)]?.name ?? ''}`).join('，')}
            。早期采用者与早期大众之间是鸿沟（Chasm）。
            {counts &&
              `截至 ${countsDate ?? ''}，CNCF 共有${levels.map((l) => `${l.name}项目 ${counts[l.id]} 个`).join('、')}。`}
          </desc>
          {segments.map((segment, i) => (
            <path key={segment.id} d={area(BOUNDS[i]!, BOUNDS[i + 1]!)} className={styles.segment} />
          ))}
          {banded.map((level) => {
            const i = bandOf(level);
            const from = BOUNDS[i]!;
            const to = BOUNDS[i + 1]!;
            const mid = (from + to) / 2;
            const labelY = 34;
            return (
              <g
                key={level.id}
                data-level={level.id}
                className={`${styles.level} ${styles[level.id] ?? ''} ${active === level.id ? styles.active : ''}`}>
                <path d={area(from, to)} className={styles.band} />
                <line x1={r(x(mid))} x2={r(x(mid))} y1={labelY + (counts ? 39 : 22)} y2={r(y(mid)) - 4} className={styles.leader} />
                <text x={r(x(mid))} y={labelY} textAnchor="middle" className={styles.levelName}>
                  {level.name}
                </text>
                <text x={r(x(mid))} y={labelY + 16} textAnchor="middle" className={styles.levelEnglish}>
                  {level.english}
                </text>
                {counts && (
                  <text x={r(x(mid))} y={labelY + 33} textAnchor="middle" className={styles.levelCount}>
                    {counts[level.id]}
                    <tspan className={styles.countUnit}> 个项目</tspan>
                  </text>
                )}
              </g>
            );
          })}
          <g className={styles.chasm}>
            <rect x={r(x(CHASM) - 5)} y={108} width={10} height={BASE - 108} className={styles.chasmGap} />
            <text x={r(x(CHASM))} y={100} textAnchor="middle" className={styles.chasmLabel}>
              鸿沟 Chasm
            </text>
          </g>
          <path d={curve} className={styles.curve} />
          <line x1={LEFT} x2={RIGHT} y1={BASE} y2={BASE} className={styles.axis} />
          {segments.map((segment, i) => {
            const mid = x((BOUNDS[i]! + BOUNDS[i + 1]!) / 2);
            return (
              <g key={segment.id} className={styles.segmentLabel}>
                <text x={r(mid)} y={BASE + 20} textAnchor="middle" className={styles.segmentName}>
                  {segment.name}
                </text>
                <text x={r(mid)} y={BASE + 37} textAnchor="middle" className={styles.segmentEnglish}>
                  {segment.english}
                </text>
                <text x={r(mid)} y={BASE + 55} textAnchor="middle" className={styles.segmentPercent}>
                  {`${segment.percent}%`}
                </text>
              </g>
            );
          })}
        </svg>
        {banded.map((level) => {
          const i = bandOf(level);
          const left = (x(BOUNDS[i]!) / WIDTH) * 100;
          const width = ((x(BOUNDS[i + 1]!) - x(BOUNDS[i]!)) / WIDTH) * 100;
          return (
            <button
              key={level.id}
              type="button"
              className={styles.hotspot}
              style={{left: `${left}%`, width: `${width}%`}}
              aria-label={`${level.name}（${level.english}）：查看准入条件`}
              aria-expanded={active === level.id}
              aria-controls={panelId}
              data-level={level.id}
              onMouseEnter={() => setActive(level.id)}
              onFocus={() => setActive(level.id)}
              onClick={() => setActive(level.id)}
            />
          );
        })}
        {/* Full screen at its natural size or larger, like the other figures (a phone draws it at about half). */}
        <button type="button" className={`${styles.enlarge} kb-zoom-hint kb-needs-js`} onClick={enlarge}>
          <span aria-hidden="true">⤢ </span>放大
        </button>
      </div>
      <div id={panelId} className={styles.panel} aria-live="polite">
        {shown ? (
          <>
            <p className={styles.panelTitle}>
              {shown.name}（{shown.english}）
              {shown.segment && ` · 对应${segments.find((s) => s.id === shown.segment)?.name ?? ''}`}
            </p>
            <ul>
              {shown.criteria.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </>
        ) : (
          <p className={styles.hint}>将指针移到或用 Tab 键聚焦到沙箱、孵化、毕业区域，查看各级别的准入条件。</p>
        )}
      </div>
      <ul className={styles.legend}>
        {levels.map((level) => (
          <li key={level.id}>
            <details>
              <summary>
                <strong>
                  {level.name}（{level.english}）
                </strong>
                {level.segment ? `：对应${segments.find((s) => s.id === level.segment)?.name ?? ''}` : '：不对应采用曲线'}
                {counts && `，${counts[level.id]} 个项目`}
              </summary>
              <ul>
                {level.criteria.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
      {counts && (
        <ChartTable
          caption={`CNCF 各成熟度级别的项目数（截至 ${countsDate ?? ''}）`}
          head={['级别', '项目数']}
          rows={levels.map((l) => [`${l.name}（${l.english}）`, counts[l.id]])}
        />
      )}
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}
