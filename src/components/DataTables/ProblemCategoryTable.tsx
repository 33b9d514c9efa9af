import type {ReactNode} from 'react';
import ComparisonTable from '@site/src/components/ComparisonTable';
import {problemCategories} from '@site/src/data/problem-categories';
import {textColumns} from './columns';
import type {ProblemCategory} from '@site/src/data/schema';

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
