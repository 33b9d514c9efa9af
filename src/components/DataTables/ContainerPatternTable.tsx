import Link from '@docusaurus/Link';
import type {ReactNode} from 'react';
import ComparisonTable from '@site/src/components/ComparisonTable';
import {containerPatterns} from '@site/src/data/container-patterns';
import {patterns} from '@site/src/data/patterns';
import {textColumns} from './columns';
import type {ContainerPattern} from '@site/src/data/schema';

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
        {
          key: 'name',
          header: '模式名',
          value: (c) => c.name,
          render: (c) => (c.pattern && c.name ? <Link to={`/docs/patterns/${c.pattern}`}>{c.name}</Link> : c.name),
        },
        textColumn('summary', '模式简介', (c) => c.summary),
        textColumn('section', '论文章节', (c) => c.paperSection),
      ]}
    />
  );
}
