import type {ReactNode} from 'react';
import ComparisonTable from '@site/src/components/ComparisonTable';
import {twelveFactors} from '@site/src/data/twelve-factors';
import {textColumns} from './columns';
import type {TwelveFactor} from '@site/src/data/schema';

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
