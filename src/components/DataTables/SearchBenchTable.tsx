import type {ReactNode} from 'react';
import ComparisonTable, {type Column} from '@site/src/components/ComparisonTable';
import type {SearchBenchSite} from '@site/src/data/schema';
import {searchBench} from '@site/src/data/search-bench';

/** The measured set-ups, the table's columns: before, what was tried, now; any other record after them. */
const ORDER = ['before', 'split', 'after'];
const rank = (name: string) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);
const SITES = Object.entries(searchBench).sort(([a], [b]) => rank(a) - rank(b));
/** Short column headers (the page explains each above the table); a record not listed here shows its label. */
const HEADERS: Readonly<Record<string, string>> = {before: '改版前', split: '评估：按章节拆分', after: '现在'};

const ms = (n: number) => `${Math.round(n).toLocaleString('en-US')} 毫秒`;
const kb = (n: number) => `${n.toFixed(1)} KB`;
const timing = (t: {ms: number; kb: number} | null) => (t ? `${ms(t.ms)}，传输 ${kb(t.kb)}` : '搜索页没有结果');
const INDEX_NAMES: Readonly<Record<string, string>> = {
  'suggestion index': '搜索框的建议索引',
  'Pagefind full-text index': 'Pagefind 全文索引',
  'docusaurus-search-local index': 'docusaurus-search-local 全文索引',
  'largest docusaurus-search-local section index': '其中最大的章节索引',
};

interface Metric {
  readonly id: string;
  readonly name: string;
  readonly value: (site: SearchBenchSite) => string;
}

const METRICS: readonly Metric[] = [
  {id: 'box-phone', name: '搜索框：点按到第一条建议（模拟手机）', value: (s) => timing(s.boxPhone)},
  {id: 'box-desktop', name: '搜索框：点击到第一条建议（桌面）', value: (s) => timing(s.boxDesktop)},
  {id: 'later', name: '搜索框：之后每次按键到建议更新', value: (s) => ms(s.laterKeystrokeMs).replace(/^0 毫秒$/, '不到 1 毫秒')},
  {id: 'page-phone', name: '搜索页：打开到第一条全文结果（模拟手机）', value: (s) => timing(s.pagePhone)},
  {id: 'page-desktop', name: '搜索页：打开到第一条全文结果（桌面）', value: (s) => timing(s.pageDesktop)},
  {
    id: 'indexes',
    name: '索引大小（原始 / 压缩后）',
    value: (s) => s.indexes.map((i) => `${INDEX_NAMES[i.name] ?? i.name} ${kb(i.kb)} / ${kb(i.gzipKB)}`).join('；'),
  },
  {
    id: 'relevance',
    name: '查询表：预期页面在前三条 / 在第一条',
    value: (s) => `${s.relevance.top3} / ${s.relevance.first}（共 ${s.relevance.queries} 个查询）`,
  },
];

/** Search before and after, metric by metric (npm run bench:search -- --save). */
export function SearchBenchTable(): ReactNode {
  if (SITES.length === 0) return null;
  const columns: Column<Metric>[] = [
    {key: 'metric', header: '测量项', value: (m) => m.name, rowHeader: true, sortable: false},
    ...SITES.map(([name, site]): Column<Metric> => ({key: name, header: HEADERS[name] ?? site.label, value: (m) => m.value(site), sortable: false})),
  ];
  return <ComparisonTable id="search-bench" caption="站内搜索：改版前后" rows={METRICS} rowKey={(m) => m.id} columns={columns} filterable={false} />;
}

/** When and on what the search figures were measured. */
export function SearchBenchNote(): ReactNode {
  const last = searchBench.after ?? SITES.at(-1)?.[1];
  if (!last) return null;
  return (
    <p>
      测于 {last.date.slice(0, 10)}，在一台 {last.machine.cpus} 核、{Math.round(last.machine.memoryGiB)} GiB 内存的虚拟机上，用 Chromium{' '}
      {last.machine.chromium.split('.')[0]}：“模拟手机”是 Lighthouse 移动端的限速（往返 150 毫秒、下行 1.6 Mbit/s、CPU 降速 4 倍），每项测
      5 次（搜索页 3 次）取中位数，每次都是没有缓存的新页面，查询词为“熔断”。搜索页的数字从打开这个页面算起，包括页面本身的 HTML 和脚本，以及为结果里的链接预先下载的脚本。旧版的全文索引由 Web Worker 下载，那部分请求不受网络限速，所以旧版在手机上的时间偏乐观。
    </p>
  );
}
