import type {SiteChange} from './schema';

/**
 * The dated changes of the site, newest first: the changelog page's table (修订记录与勘误 #site-changes) and the
 * Atom feed /changes.atom are both written from this list. Add an entry when a reader would want to know: new
 * pages, corrections of fact, data snapshot updates, new ways to read or search. The id is the entry's anchor.
 */
export const siteChanges: readonly SiteChange[] = [
  {
    id: '2026-12-04-data-english',
    date: '2026-12-04',
    kind: '数据更新',
    title: '模式与术语数据增加英文概要',
    summary: '/data/patterns.json 的每种模式增加英文一句话概要（summaryEn），/data/glossary.json 的每个术语增加英文定义（definitionEn），均由中文原句翻译，不增加新的事实。',
    pages: ['about/index#data'],
  },
  {
    id: '2026-12-04-pdf',
    date: '2026-12-04',
    kind: '功能',
    title: '全书和每一章都可以下载 PDF',
    summary: '每个文档页底部有“下载 PDF”：本章或全书，A4 页面，目录带页码并可点击，书签按章节排列，中文字体嵌入文件，可以搜索和复制文字。',
    pages: ['about/index#pdf'],
  },
  {
    id: '2026-12-04-offline',
    date: '2026-12-04',
    kind: '功能',
    title: '可以离线阅读',
    summary: '第一次访问后，浏览器在后台保存整个网站和搜索索引，断网时也能打开任何页面和搜索；网站更新后会提示“有可用的新版本”。',
    pages: ['about/index#speed'],
  },
  {
    id: '2026-12-04-markdown-llms-data',
    date: '2026-12-04',
    kind: '功能',
    title: '每页提供 Markdown 版本，新增 llms.txt 与数据下载',
    summary: '每个文档页都可以“复制为 Markdown”，或在地址后加 .md 取得 Markdown 全文；/llms.txt 列出全部页面；模式、术语、CNCF 项目和服务网格对比的数据以 JSON 提供，附 JSON Schema。',
    pages: ['about/index#data'],
  },
  {
    id: '2026-12-04-link-promise',
    date: '2026-12-04',
    kind: '功能',
    title: '已发布的页面地址和锚点不再失效',
    summary: '本站发布过的每个页面地址和每个可链接的锚点都记录在案，构建时逐一核对：页面改名会留下跳转，标题改名会保留旧锚点。',
    pages: ['about/index#linking'],
  },
  {
    id: '2026-12-04-search',
    date: '2026-12-04',
    kind: '功能',
    title: '站内搜索改版：更快，认得拼音、常用叫法和错字',
    summary: '搜索框在手机上约 0.5 秒给出第一条建议（原来约 5 秒），可以用拼音、首字母、缩写和“分库分表”之类的常用叫法搜索；全文搜索页的结果标明“页面 › 小节”。',
    pages: ['about/index#search'],
  },
  {
    id: '2026-12-03-comparisons-2026',
    date: '2026-12-03',
    kind: '新内容',
    title: '服务网格与容器编排的 2026 年对比，2018 → 2026 变化一览',
    summary: '新增服务网格实现对比（8 种实现、25 项比较）和容器编排的 2026 年选择，每一格注明出处和核对日期；全站的“现状”说明汇总为 2018 → 2026 变化一览。',
    pages: ['service-mesh/implementations', 'orchestration/index#choices-2026', 'about/changes-since-2018'],
  },
  {
    id: '2026-12-03-cncf-projects',
    date: '2026-12-03',
    kind: '数据更新',
    title: 'CNCF 项目一览：255 个项目，数据截至 2026 年 8 月 7 日',
    summary: '新增 CNCF 项目一览页和成熟度图表，数据取自 cncf/landscape 2026 年 8 月 7 日的快照：毕业、孵化、沙箱和已归档的全部项目及各阶段日期。',
    pages: ['cloud-native/cncf-projects', 'cloud-native/cncf'],
  },
  {
    id: '2026-11-29-patterns-glossary',
    date: '2026-11-29',
    kind: '新内容',
    title: '49 种设计模式各一页，模式浏览器与术语表',
    summary: '为 49 种云设计模式各写了一页（问题、方案、权衡、示例和来源），可按支柱、类别、来源和现状筛选的模式浏览器，以及按拼音排列的术语表。',
    pages: ['patterns/index', 'glossary/index'],
  },
  {
    id: '2026-11-29-site',
    date: '2026-11-29',
    kind: '新内容',
    title: '建站',
    summary: '收录原文全部章节，改正笔误，重绘丢失的四张图，并在过时的说法后补充截至 2026 年的现状说明。',
    pages: ['about/changelog#corrections', 'cloud-native/index'],
  },
];
