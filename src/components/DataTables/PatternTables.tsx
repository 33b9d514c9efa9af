import Link from '@docusaurus/Link';
import type {ReactNode} from 'react';
import ComparisonTable from '@site/src/components/ComparisonTable';
import {patterns} from '@site/src/data/patterns';
import {textColumns} from './columns';
import {STATUS_LABELS} from '@site/src/data/labels';
import type {Pattern} from '@site/src/data/schema';


function statusText(p: Pattern): string {
  return p.status === 'renamed' ? `${STATUS_LABELS.renamed}为 ${p.english}` : STATUS_LABELS[p.status];
}

export function AzurePatterns2018Table(): ReactNode {
  const textColumn = textColumns<Pattern>();
  // The seed's 2018 table lists the patterns by English name, as the Azure catalog did.
  const rows = patterns.filter((p) => p.seed2018).sort((a, b) => a.english.localeCompare(b.english, 'en'));
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
          render: (p) => (
            <>
              <Link to={`/docs/patterns/${p.slug}`}>{p.seed2018!.name}</Link>{' '}
              <a href={p.seed2018!.url} className="kb-source-link" title="原文所附 Azure 文档链接">
                原文链接
              </a>
            </>
          ),
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
        {
          key: 'name',
          header: '模式名',
          rowHeader: true,
          value: (p) => p.seed2015!.name,
          render: (p) => <Link to={`/docs/patterns/${p.slug}`}>{p.seed2015!.name}</Link>,
        },
        textColumn('description', '描述', (p) => p.seed2015!.description),
        textColumn('scenario', '应用场景', (p) => p.seed2015!.scenario),
        textColumn('english', '英文名', (p) => p.english),
      ]}
    />
  );
}
