import type {ReactNode} from 'react';
import ComparisonTable, {type Column} from '@site/src/components/ComparisonTable';
import {orchestratorAspects, orchestrators} from '@site/src/data/orchestrators';
import type {OrchestratorAspect} from '@site/src/data/schema';

interface AspectRow {
  readonly key: OrchestratorAspect;
  readonly label: string;
}

export function OrchestratorComparison(): ReactNode {
  const columns: Column<AspectRow>[] = [
    {key: 'aspect', header: '比较项', value: (a) => a.label, rowHeader: true, sortable: false},
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
