declare module '@generated/glossary/default/glossary.json' {
  import type {GlossaryData} from '@site/src/data/glossary-entries';
  const data: GlossaryData;
  export default data;
}

declare module '@generated/glossary/default/terms.json' {
  import type {GlossaryTips} from '@site/src/data/glossary-entries';
  const tips: GlossaryTips;
  export default tips;
}
