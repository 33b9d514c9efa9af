import type {ReactNode} from 'react';
import ComparisonTable from '@site/src/components/ComparisonTable';
import {serviceDiscoveryModes} from '@site/src/data/service-discovery-modes';
import {textColumns} from './columns';
import type {ServiceDiscoveryMode} from '@site/src/data/schema';

export function ServiceDiscoveryTable(): ReactNode {
  const textColumn = textColumns<ServiceDiscoveryMode>();
  return (
    <ComparisonTable
      id="service-discovery-modes"
      caption="表格 7 服务发现模式列表"
      rows={serviceDiscoveryModes}
      rowKey={(m) => m.slug}
      // Each mode's own anchor: the 2026 mesh comparison links every implementation to the mode it uses.
      rowId={(m) => m.slug}
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
