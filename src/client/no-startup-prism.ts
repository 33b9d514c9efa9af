// Stands in for @docusaurus/theme-classic/lib/prism-include-languages (plugins/performance/no-startup-prism.ts): Prism and its languages
// are set up by src/theme/CodeBlock/Content/Highlighted.tsx, in the chunk of the pages that have code blocks.
export {};
