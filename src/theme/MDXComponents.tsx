import MDXComponents from '@theme-original/MDXComponents';
import StaticDiagram from '@site/src/components/StaticDiagram';

/** <StaticDiagram> is what plugins/remark-static-diagrams.ts puts in place of each ```mermaid block. */
export default {...MDXComponents, StaticDiagram};
