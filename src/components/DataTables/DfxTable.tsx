import Link from '@docusaurus/Link';
import type {ReactNode} from 'react';
import ComparisonTable from '@site/src/components/ComparisonTable';
import {dfxRows} from '@site/src/data/dfx';
import {textColumns} from './columns';
import type {DfxRow} from '@site/src/data/schema';

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
        {
          key: 'name',
          header: '模式名',
          value: (r) => r.name,
          render: (r) => (r.pattern ? <Link to={`/docs/patterns/${r.pattern}`}>{r.name}</Link> : r.name),
        },
        textColumn('intro', '模式简介', (r) => r.intro),
      ]}
    />
  );
}
