import type {ReactNode} from 'react';
import SourcedComparison, {type Dimension} from '@site/src/components/SourcedComparison';
import {orchestrator2026Labels, orchestrators2026} from '@site/src/data/orchestrators-2026';
import {ORCHESTRATOR_2026_DIMENSIONS} from '@site/src/data/vocabulary';
import type {Orchestrator2026Dimension} from '@site/src/data/schema';

const dimensions: readonly Dimension<Orchestrator2026Dimension>[] = ORCHESTRATOR_2026_DIMENSIONS.map((key) => ({
  key,
  label: orchestrator2026Labels[key],
}));

/**
 * "2026 年的选择" (src/data/orchestrators-2026.ts): every cell with its source and check date. Mesos's retirement is
 * its 现状 cell (the record's `retired` date is checked by the schema against its status).
 */
export function Orchestrators2026(): ReactNode {
  return (
    <SourcedComparison
      id="orchestrators-2026"
      caption="2026 年的容器编排系统对比"
      subjects={orchestrators2026}
      dimensions={dimensions}
      note="每格末尾的编号是来源：悬停或用 Tab 键聚焦可看到来源网站和核对日期，点击跳到表下的来源列表。"
    />
  );
}
