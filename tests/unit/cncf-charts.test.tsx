// @vitest-environment jsdom
import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import CncfMaturityDiagram from '@site/src/components/CncfMaturityDiagram';
import {CncfDurations, CncfTimeline} from '@site/src/components/CncfCharts';
import {cncfStats, years} from '@site/src/components/CncfCharts/stats';
import {adoptionSegments, maturityLevels} from '@site/src/data/cncf-maturity';
import {cncfProjects, cncfSnapshot} from '@site/src/data/cncf-projects';
import type {CncfProject} from '@site/src/data/schema';

const stats = cncfStats(cncfProjects, cncfSnapshot.date);
const dom = (html: string) => new DOMParser().parseFromString(html, 'text/html');
/** The number drawn after one bar of the timeline. */
const bar = (doc: Document, year: number, series: string) =>
  doc.querySelector(`[data-chart="timeline"] [data-year="${year}"] [data-series="${series}"] text`)?.textContent;

describe('CNCF statistics (src/components/CncfCharts/stats.ts)', () => {
  it('count the snapshot: every project once, per level and per year', () => {
    expect(stats.total).toBe(cncfProjects.length);
    expect(Object.values(stats.counts).reduce((a, b) => a + b, 0)).toBe(cncfProjects.length);
    expect(stats.years[0]!.year).toBe(2016);
    expect(stats.years.at(-1)!.year).toBe(2026);
    const graduations = stats.years.reduce((n, y) => n + y.graduated, 0);
    expect(graduations).toBe(cncfProjects.filter((p) => p.graduated).length);
    // Kubernetes entered at incubating on 2016-03-10 and graduated on 2018-03-06, the first to do so.
    expect(stats.years.find((y) => y.year === 2016)!.incubating).toBeGreaterThan(0);
    expect(stats.toGraduation.bins.reduce((n, b) => n + b.count, 0)).toBe(stats.toGraduation.count);
  });

  it('name the median, the fastest and the slowest move up', () => {
    const spans = cncfProjects
      .filter((p) => p.incubating && p.graduated)
      .map((p) => (Date.parse(p.graduated!) - Date.parse(p.incubating!)) / 86_400_000)
      .sort((a, b) => a - b);
    expect(stats.toGraduation.fastest.days).toBe(Math.round(spans[0]!));
    expect(stats.toGraduation.slowest.days).toBe(Math.round(spans.at(-1)!));
    expect(stats.toIncubation.count).toBe(cncfProjects.filter((p) => p.incubating && p.incubating !== p.accepted).length);
    expect(years(365.25 * 2.26)).toBe(2.3);
  });

  it('refuse data with nothing to measure, saying what is missing', () => {
    expect(() => cncfStats([], '2026-01-01')).toThrow(/no project has a sandbox-to-incubating span/);
  });
});

describe('CNCF figures draw the data they are given', () => {
  it('the timeline: one group of three bars a year, numbers from the data, all in the static HTML', () => {
    const doc = dom(renderToStaticMarkup(<CncfTimeline stats={stats} />));
    const svg = doc.querySelector('svg[role="img"]')!;
    expect(svg.querySelector('title')?.textContent).toContain('2016–2026');
    expect(doc.querySelectorAll('[data-chart="timeline"] [data-year]')).toHaveLength(11);
    const y2021 = stats.years.find((y) => y.year === 2021)!;
    expect(bar(doc, 2021, 'sandbox')).toBe(String(y2021.sandbox));
    expect(svg.querySelector('desc')?.textContent).toContain(`2021 年：进入沙箱 ${y2021.sandbox} 个`);
    // The same numbers as a table, for screen readers and readers without the drawing.
    const row = [...doc.querySelectorAll('table tbody tr')].find((tr) => tr.querySelector('th')?.textContent === '2021')!;
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual([y2021.sandbox, y2021.incubating, y2021.graduated].map(String));
  });

  it('change a record and the figures change', () => {
    // A made-up project: accepted into the sandbox in 2021, incubating in 2022, graduated in 2026 after a record 3 days.
    const extra: CncfProject = {
      slug: 'zz-test',
      name: 'ZZ Test',
      maturity: 'graduated',
      category: 'Runtime',
      subcategory: 'Container Runtime',
      accepted: '2021-02-01',
      incubating: '2022-02-01',
      graduated: '2022-02-04',
    };
    const changed = cncfStats([...cncfProjects, extra], cncfSnapshot.date);
    const before = dom(renderToStaticMarkup(<CncfTimeline stats={stats} />));
    const after = dom(renderToStaticMarkup(<CncfTimeline stats={changed} />));
    expect(Number(bar(after, 2021, 'sandbox'))).toBe(Number(bar(before, 2021, 'sandbox')) + 1);
    expect(Number(bar(after, 2022, 'graduated'))).toBe(Number(bar(before, 2022, 'graduated')) + 1);
    const durations = renderToStaticMarkup(<CncfDurations stats={changed} />);
    expect(durations).toContain('最快：ZZ Test（0 年）');
    expect(renderToStaticMarkup(<CncfDurations stats={stats} />)).toContain(`最快：${stats.toGraduation.fastest.name}`);
    const curve = (s: typeof stats) =>
      renderToStaticMarkup(<CncfMaturityDiagram segments={adoptionSegments} levels={maturityLevels} counts={s.counts} countsDate={s.date} />);
    expect(dom(curve(changed)).querySelector('[data-level="graduated"]')?.textContent).toContain(String(stats.counts.graduated + 1));
    expect(curve(stats)).toContain(`毕业项目 ${stats.counts.graduated} 个`);
  });

  it('the durations: a distribution per step, each an image with its own title and a table', () => {
    const doc = dom(renderToStaticMarkup(<CncfDurations stats={stats} />));
    const images = doc.querySelectorAll('svg[role="img"]');
    expect(images).toHaveLength(2);
    for (const svg of images) {
      const ids = svg.getAttribute('aria-labelledby')!.split(' ');
      expect(ids.map((id) => doc.getElementById(id)?.tagName.toLowerCase())).toEqual(['title', 'desc']);
    }
    expect(doc.querySelector('[data-chart="duration-graduated"] desc')?.textContent).toContain(`中位数 ${years(stats.toGraduation.medianDays)} 年`);
    expect(doc.querySelectorAll('[data-chart="duration-graduated"] [data-bin]')).toHaveLength(stats.toGraduation.bins.length);
    expect(doc.querySelectorAll('details table')).toHaveLength(2);
  });
});
