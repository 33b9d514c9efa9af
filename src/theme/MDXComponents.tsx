import MDXComponents from '@theme-original/MDXComponents';
import ChangeNote from '@site/src/components/ChangeNote';
import StaticDiagram from '@site/src/components/StaticDiagram';

/**
 * <StaticDiagram> is what plugins/remark-static-diagrams.ts puts in place of each ```mermaid block; <ChangeNote> is
 * the dated note on what changed since 2018, used on many pages without an import.
 */
export default {...MDXComponents, ChangeNote, StaticDiagram};
