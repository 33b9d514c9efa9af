/**
 * The chapters of the knowledge base, in the seed's reading order: titles and first pages only, free of the pattern
 * data, so that components on every page (the layout, the 404 page, the home page) can link the chapters without
 * pulling the patterns into their bundle. src/data/chapters.ts adds each chapter's pages.
 */
export interface ChapterOutline {
  /** Folder under docs/ and URL segment. */
  readonly slug: string;
  readonly title: string;
  readonly english: string;
  /** One sentence for the home page card. */
  readonly summary: string;
  /** Doc id of the chapter's first page (the category link in the sidebar). */
  readonly index: string;
}

export const chapterOutline: readonly ChapterOutline[] = [
  {
    slug: 'cloud-native',
    title: '云原生',
    english: 'Cloud Native',
    summary: '云原生的定义、OCI 与 CNCF，CNCF 项目成熟度级别，Amazon 与 Netflix 的上云案例。',
    index: 'cloud-native/index',
  },
  {
    slug: 'architecture',
    title: '云原生架构',
    english: 'Cloud Native Architecture',
    summary: '云原生架构的相关概念与特性，十二要素应用（12-Factor），六种云原生参考架构。',
    index: 'architecture/index',
  },
  {
    slug: 'design-patterns',
    title: '云原生设计模式',
    english: 'Cloud Design Patterns',
    summary: 'Azure 的八类云开发问题、2018 年 36 种与 2015 年 24 种云设计模式，以及按 DFX 归类的模式。',
    index: 'design-patterns/index',
  },
  {
    slug: 'container-patterns',
    title: '容器设计模式',
    english: 'Container Design Patterns',
    summary: 'Sidecar、代表（Ambassador）、适配器、选举、工作队列与分散收集六种容器模式。',
    index: 'container-patterns/index',
  },
  {
    slug: 'patterns',
    title: '模式详解',
    english: 'Pattern Reference',
    summary: '49 种云设计模式与容器模式各一页：问题、解决方案与图、权衡、适用场景、示例；可按支柱、来源筛选。',
    index: 'patterns/index',
  },
  {
    slug: 'orchestration',
    title: '容器编排',
    english: 'Container Orchestration',
    summary: '“编排”一词的由来，Kubernetes、Mesos 与 Docker Swarm 的比较、结构图和基本概念。',
    index: 'orchestration/index',
  },
  {
    slug: 'service-mesh',
    title: '服务网格',
    english: 'Service Mesh',
    summary: '服务网格的定义，以及集中式代理、客户端嵌入式代理、主机独立进程代理三种服务发现模式。',
    index: 'service-mesh/index',
  },
  {
    slug: 'glossary',
    title: '术语表',
    english: 'Glossary',
    summary: '全站术语的中英文名、别名与一句话释义，按拼音和字母排成 A–Z 索引，并链接到讲解页面。',
    index: 'glossary/index',
  },
  {
    slug: 'references',
    title: '参考资料',
    english: 'References',
    summary: '各章本章小结的参考文章、两本参考书籍和全文参考资料。',
    index: 'references/index',
  },
  {
    slug: 'about',
    title: '关于本站',
    english: 'About',
    summary: '内容来源与整理方式，页面的速度与无障碍，怎样链接本站和报告错误；原文修订记录与勘误清单。',
    index: 'about/index',
  },
];

/** Site-relative URL of a chapter's first page (docs/<x>/index.md is served at /docs/<x>). */
export function chapterHref(chapter: ChapterOutline): string {
  return `/docs/${chapter.index.replace(/\/index$/, '')}`;
}
