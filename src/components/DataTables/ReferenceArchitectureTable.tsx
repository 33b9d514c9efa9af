import type {ReactNode} from 'react';
import ComparisonTable from '@site/src/components/ComparisonTable';
import {referenceArchitectures} from '@site/src/data/reference-architectures';
import {textColumns} from './columns';
import type {ReferenceArchitecture} from '@site/src/data/schema';

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
