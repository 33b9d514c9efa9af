/**
 * The seed's tables, each a ComparisonTable fed by its module in src/data. MDX pages import these;
 * they never repeat a row by hand.
 */
import type {ReactNode} from 'react';
import ComparisonTable, {type Column} from '@site/src/components/ComparisonTable';
import {containerPatterns} from '@site/src/data/container-patterns';
import {dfxRows} from '@site/src/data/dfx';
import {orchestratorAspects, orchestrators} from '@site/src/data/orchestrators';
import {patterns} from '@site/src/data/patterns';
import {problemCategories} from '@site/src/data/problem-categories';
import {referenceArchitectures} from '@site/src/data/reference-architectures';
import type {
  ContainerPattern,
  DfxRow,
  OrchestratorAspect,
  Pattern,
  PatternStatus,
  ProblemCategory,
  ReferenceArchitecture,
  ServiceDiscoveryMode,
  TwelveFactor,
} from '@site/src/data/schema';
import {serviceDiscoveryModes} from '@site/src/data/service-discovery-modes';
import {twelveFactors} from '@site/src/data/twelve-factors';

/** A maker of plain text columns for rows of type T. */
function textColumns<T>() {
  return (key: string, header: string, get: (row: T) => string, rowHeader = false): Column<T> => ({
    key,
    header,
    value: get,
    rowHeader,
  });
}

export function ReferenceArchitectureTable(): ReactNode {
  const textColumn = textColumns<ReferenceArchitecture>();
  return (
    <ComparisonTable
      id="reference-architectures"
      caption="表格 1 云原生参考架构"
      rows={referenceArchitectures}
      rowKey={(r) => r.slug}
      columns={[
        textColumn('name', '参考架构', (r) => r.name, true),
        textColumn('deployment', '部署特点', (r) => r.deployment),
        textColumn('scalability', '扩展性', (r) => r.scalability),
        textColumn('availability', '可用性', (r) => r.availability),
        textColumn('security', '安全性', (r) => r.security),
      ]}
    />
  );
}

export function ProblemCategoryTable(): ReactNode {
  const textColumn = textColumns<ProblemCategory>();
  return (
    <ComparisonTable
      id="problem-categories"
      caption="表格 2 云开发领域问题（八类）~ 来自于 Windows Azure"
      rows={problemCategories}
      rowKey={(c) => c.id}
      columns={[
        {key: 'name', header: '类别', value: (c) => c.name, rowHeader: true, render: (c) => `${c.name}（${c.english}）`},
        textColumn('description', '描述', (c) => c.description),
      ]}
    />
  );
}

export const STATUS_LABELS: Readonly<Record<PatternStatus, string>> = {
  listed: '仍在 Azure 目录',
  renamed: '已更名',
  new: '2018 年后新增',
  removed: '已从 Azure 目录移除',
  'not-azure': '不在 Azure 目录',
};

function statusText(p: Pattern): string {
  return p.status === 'renamed' ? `${STATUS_LABELS.renamed}为 ${p.english}` : STATUS_LABELS[p.status];
}

export function AzurePatterns2018Table(): ReactNode {
  const textColumn = textColumns<Pattern>();
  const rows = patterns.filter((p) => p.seed2018);
  return (
    <ComparisonTable
      id="azure-patterns-2018"
      caption={`表格 云原生设计模式 ~ 来自于 Windows Azure（${rows.length} 种，2018 年更新）`}
      rows={rows}
      rowKey={(p) => p.slug}
      columns={[
        {
          key: 'name',
          header: '模式',
          rowHeader: true,
          value: (p) => p.seed2018!.name,
          render: (p) => <a href={p.seed2018!.url}>{p.seed2018!.name}</a>,
        },
        textColumn('summary', '摘要', (p) => p.seed2018!.summary),
        textColumn('english', '英文名', (p) => p.formerEnglish ?? p.english),
        textColumn('status', '现状（截至 2026 年）', statusText),
      ]}
    />
  );
}

export function AzurePatterns2015Table(): ReactNode {
  const textColumn = textColumns<Pattern>();
  const rows = patterns.filter((p) => p.seed2015).sort((a, b) => a.seed2015!.order - b.seed2015!.order);
  return (
    <ComparisonTable
      id="azure-patterns-2015"
      caption={`表格 3 云原生设计模式 ~ 来自于 Windows Azure（${rows.length} 种，2015）`}
      rows={rows}
      rowKey={(p) => p.slug}
      columns={[
        textColumn('name', '模式名', (p) => p.seed2015!.name, true),
        textColumn('description', '描述', (p) => p.seed2015!.description),
        textColumn('scenario', '应用场景', (p) => p.seed2015!.scenario),
        textColumn('english', '英文名', (p) => p.english),
      ]}
    />
  );
}

export function DfxTable(): ReactNode {
  const textColumn = textColumns<DfxRow>();
  return (
    <ComparisonTable
      id="dfx"
      caption="表格 4 云原生设计模式列表"
      rows={dfxRows}
      rowKey={(r) => `${r.dfx}-${r.name}`}
      filterable={false}
      columns={[
        textColumn('dfx', 'DFX', (r) => r.dfx, true),
        textColumn('name', '模式名', (r) => r.name),
        textColumn('intro', '模式简介', (r) => r.intro),
      ]}
    />
  );
}

const CONTAINER_GROUPS: Readonly<Record<ContainerPattern['group'], string>> = {
  'single-container': '单容器',
  'single-node': '单节点多容器组合',
  'multi-node': '多节点组合',
};

export function ContainerPatternTable(): ReactNode {
  const textColumn = textColumns<ContainerPattern>();
  return (
    <ComparisonTable
      id="container-patterns"
      caption="表格 5 容器设计模式列表"
      rows={containerPatterns}
      rowKey={(c) => c.slug}
      filterable={false}
      columns={[
        textColumn('group', '容器数', (c) => CONTAINER_GROUPS[c.group], true),
        textColumn('name', '模式名', (c) => c.name),
        textColumn('summary', '模式简介', (c) => c.summary),
        textColumn('section', '论文章节', (c) => c.paperSection),
      ]}
    />
  );
}

interface AspectRow {
  readonly key: OrchestratorAspect;
  readonly label: string;
}

export function OrchestratorComparison(): ReactNode {
  const columns: Column<AspectRow>[] = [
    {key: 'aspect', header: '', value: (a) => a.label, rowHeader: true},
    ...orchestrators.map(
      (o): Column<AspectRow> => ({
        key: o.slug,
        header: o.short,
        value: (a) => o[a.key],
        render: (a) =>
          a.key === 'intro' ? (
            <>
              {o.intro} <a href={o.page}>详见 {o.name}</a>
            </>
          ) : (
            o[a.key]
          ),
      }),
    ),
  ];
  return (
    <ComparisonTable
      id="orchestrators"
      caption="表格 6 容器编排 K8s/Mesos/Swarm 比较"
      rows={orchestratorAspects}
      rowKey={(a) => a.key}
      columns={columns}
      compare
      note="“现状”“CNCF 状态”“许可证”“首次发布”“调度单位”五行为本站补充，来源见各编排系统页面。"
    />
  );
}

export function ServiceDiscoveryTable(): ReactNode {
  const textColumn = textColumns<ServiceDiscoveryMode>();
  return (
    <ComparisonTable
      id="service-discovery-modes"
      caption="表格 7 服务发现模式列表"
      rows={serviceDiscoveryModes}
      rowKey={(m) => m.slug}
      filterable={false}
      columns={[
        textColumn('name', '模式', (m) => m.name, true),
        textColumn('pros', '优点', (m) => m.pros),
        textColumn('cons', '不足', (m) => m.cons),
        textColumn('fit', '适用场景', (m) => m.fit),
        textColumn('examples', '案例', (m) => m.examples),
      ]}
    />
  );
}

export function TwelveFactorTable(): ReactNode {
  const textColumn = textColumns<TwelveFactor>();
  return (
    <ComparisonTable
      id="twelve-factors"
      caption="十二要素一览"
      rows={twelveFactors}
      rowKey={(f) => f.slug}
      columns={[
        {key: 'number', header: '序号', value: (f) => f.number},
        {
          key: 'name',
          header: '要素',
          rowHeader: true,
          value: (f) => f.name,
          render: (f) => <a href={`#${f.slug}`}>{f.name}</a>,
        },
        textColumn('english', '英文', (f) => f.english),
        textColumn('rule', '要点', (f) => f.rule),
      ]}
    />
  );
}

/** The seed's text of one factor, under its Markdown heading on the twelve-factor page. */
export function Factor({slug}: {readonly slug: string}): ReactNode {
  const factor = twelveFactors.find((f) => f.slug === slug);
  if (!factor) throw new Error(`<Factor slug="${slug}">: no such factor in src/data/twelve-factors.ts`);
  return (
    <p>
      {factor.name}：{factor.rule}
      {factor.detail}
      <span className="kb-source">
        {' '}
        （<a href={factor.url}>12factor.net：{factor.english}</a>）
      </span>
    </p>
  );
}
