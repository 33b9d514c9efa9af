import type {ReactNode} from 'react';
import ComparisonTable, {type Column} from '@site/src/components/ComparisonTable';
import {bench} from '@site/src/data/bench';
import type {BenchPage, SiteTweak} from '@site/src/data/schema';
import {siteTweaks} from '@site/src/data/site-tweaks';
import styles from './styles.module.css';

/** The bench's page types in readers' words. */
const PAGE_TYPES: Readonly<Record<string, string>> = {
  home: '首页',
  'doc page': '文档页',
  'pattern page with diagram': '模式页（含图）',
  'pattern explorer': '模式浏览器',
  'orchestration comparison': '编排对比页',
  'blog post': '博客文章',
};
const pageType = (type: string) => PAGE_TYPES[type] ?? type;

const VERSIONS = {ours: '本站', none: '本站，不做调整', stock: 'Docusaurus 默认模板'} as const;
type Version = keyof typeof VERSIONS;

const kb = (n: number) => n.toFixed(1);
const ms = (n: number) => n.toLocaleString('en-US');
const measuredOn = new Date(bench.date).toISOString().slice(0, 10);

/** When, on what and how the figures were measured (under both tables). */
export function BenchNote(): ReactNode {
  const {machine, lighthouseRuns} = bench;
  return (
    <p>
      测于 {measuredOn}，在一台 {machine.cpus} 核、{Math.round(machine.memoryGiB)} GiB 内存的虚拟机上，用 Chromium {machine.chromium.split('.')[0]} 模拟中端手机和慢速 4G 网络（Lighthouse 移动端设置），每页测 {lighthouseRuns} 次取中位数。这类机器的快慢时有起伏，数字宜看作同一次测量中几种做法之间的比较。
      {siteTweaks.flatMap((t) => t.benchNote ?? [])}
    </p>
  );
}

interface VersionRow {
  readonly version: Version;
  readonly page: BenchPage;
}

const VERSION_NAMES = Object.keys(VERSIONS) as Version[];
const versionRows: readonly VersionRow[] = [...new Set(VERSION_NAMES.flatMap((v) => bench.sites[v].pages.map((p) => p.type)))].flatMap((type) =>
  VERSION_NAMES.flatMap((version) => {
    const page = bench.sites[version].pages.find((p) => p.type === type);
    return page ? [{version, page}] : [];
  }),
);

/** Our site with its tweaks, without them, and the stock template, page type by page type. */
export function SiteVersionsTable(): ReactNode {
  const columns: Column<VersionRow>[] = [
    {key: 'page', header: '页面', value: (r) => pageType(r.page.type), rowHeader: true},
    {key: 'version', header: '版本', value: (r) => VERSIONS[r.version]},
    {key: 'js', header: '脚本 KB', value: (r) => r.page.jsGzipKB, render: (r) => kb(r.page.jsGzipKB)},
    {key: 'lcp', header: 'LCP 毫秒', value: (r) => r.page.lcpMs, render: (r) => ms(r.page.lcpMs)},
    {key: 'tbt', header: 'TBT 毫秒', value: (r) => r.page.tbtMs, render: (r) => ms(r.page.tbtMs)},
    {key: 'score', header: '得分', value: (r) => r.page.performance},
  ];
  return (
    <ComparisonTable
      id="site-versions"
      caption="本站、不做调整的本站与 Docusaurus 默认模板"
      rows={versionRows}
      rowKey={(r) => `${r.page.type}-${r.version}`}
      columns={columns}
      filterable={false}
    />
  );
}

/** The pages each tweak was measured on, in the bench's order. */
const EFFECT_PAGES = [...new Set(Object.values(bench.withoutEach).flatMap((pages) => pages.map((p) => p.type)))];

function effect(without: BenchPage | undefined, type: string): string {
  const all = bench.sites.ours.pages.find((p) => p.type === type);
  if (!without || !all) return '未测';
  // Under 1 KB is what tweaks that leave the scripts alone (boot-after-paint, compile-hint) showed between builds: ±0.3–0.9 KB.
  const js = Math.abs(without.jsGzipKB - all.jsGzipKB) < 1 ? '脚本相差不到 1 KB' : `脚本 ${kb(without.jsGzipKB)} → ${kb(all.jsGzipKB)} KB`;
  return `${js}；LCP ${ms(without.lcpMs)} → ${ms(all.lcpMs)}，TBT ${ms(without.tbtMs)} → ${ms(all.tbtMs)} 毫秒`;
}

/** What each tweak buys: the site without it → the site with every tweak. */
export function TweakEffectsTable(): ReactNode {
  const effects = (t: SiteTweak) => EFFECT_PAGES.map((type) => [pageType(type), effect(bench.withoutEach[t.id]?.find((p) => p.type === type), type)] as const);
  const columns: Column<SiteTweak>[] = [
    {key: 'name', header: '调整', value: (t) => t.name, rowHeader: true, sortable: false},
    {key: 'what', header: '做了什么', value: (t) => t.what, sortable: false},
    {
      key: 'effect',
      header: '去掉这一项 → 现在',
      value: (t) => effects(t).map(([page, text]) => `${page}：${text}`).join('\n'),
      render: (t) => effects(t).map(([page, text]) => (
        <span key={page} className={styles.effect}>
          {page}：{text}
        </span>
      )),
      sortable: false,
    },
  ];
  return <ComparisonTable id="site-tweaks" caption="每项调整的作用" rows={siteTweaks} rowKey={(t) => t.id} columns={columns} filterable={false} />;
}
