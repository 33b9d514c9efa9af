import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import SourcedComparison, {type Dimension, type LinkRow} from '@site/src/components/SourcedComparison';
import {cncfProjectHref} from '@site/src/data/hrefs';
import {MESH_DIMENSION_LABELS, MESH_GROUP_LABELS} from '@site/src/data/labels-2026';
import {serviceDiscoveryModes} from '@site/src/data/service-discovery-modes';
import {serviceMeshes} from '@site/src/data/service-meshes';
import {MESH_DIMENSIONS} from '@site/src/data/vocabulary';
import type {MeshDimension, ServiceMesh} from '@site/src/data/schema';

const dimensions: readonly Dimension<MeshDimension>[] = MESH_DIMENSIONS.map((key) => ({
  key,
  label: MESH_DIMENSION_LABELS[key].label,
  group: MESH_GROUP_LABELS[MESH_DIMENSION_LABELS[key].group],
}));

const modeName = (m: ServiceMesh) => serviceDiscoveryModes.find((d) => d.slug === m.discoveryMode)?.name ?? m.discoveryMode;
const status = (m: ServiceMesh) => (m.status === 'ended' ? `已停止（${m.ended}）` : '活跃');

const linkRows: readonly LinkRow<ServiceMesh>[] = [
  {key: 'status', label: '状态', value: status, render: (m) => (m.status === 'ended' ? <strong>{status(m)}</strong> : status(m))},
  {
    key: 'cncf',
    label: 'CNCF 项目表',
    value: (m) => m.cncfProject ?? '',
    render: (m) =>
      m.cncfProject ? <Link to={cncfProjectHref(m.cncfProject)}>查看级别与日期</Link> : '不是 CNCF 项目',
  },
  {
    key: 'discovery',
    label: '服务发现模式（表格 7）',
    value: modeName,
    render: (m) => <Link to={`/docs/service-mesh#${m.discoveryMode}`}>{modeName(m)}</Link>,
  },
];

/** The 2026 service-mesh comparison (src/data/service-meshes.ts): every cell with its source and check date. */
export function MeshComparison(): ReactNode {
  return (
    <SourcedComparison
      id="meshes"
      caption="2026 年的服务网格实现对比"
      subjects={serviceMeshes}
      dimensions={dimensions}
      linkRows={linkRows}
      note="每格末尾的编号是来源：悬停或用 Tab 键聚焦可看到来源网站和核对日期，点击跳到表下的来源列表（完整地址）。“状态”“CNCF 项目表”“服务发现模式”三行是本站的对照，不是来源中的说法。"
    />
  );
}
