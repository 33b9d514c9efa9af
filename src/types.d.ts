declare module '@generated/glossary/default/glossary.json' {
  import type {GlossaryData} from '@site/src/data/glossary-entries';
  const data: GlossaryData;
  export default data;
}
