declare module '@generated/glossary/default/terms.json' {
  import type {GlossaryPages} from '@site/src/data/glossary-entries';
  const data: GlossaryPages['terms'];
  export default data;
}

declare module '@generated/glossary/default/patterns.json' {
  import type {GlossaryPages} from '@site/src/data/glossary-entries';
  const data: GlossaryPages['patterns'];
  export default data;
}
