import {glossaryTerms} from './glossary';
import {patterns} from './patterns';
import type {GlossaryTerm} from './schema';

export interface GlossaryEntry extends GlossaryTerm {
  /** True for the entries built from src/data/patterns.ts. */
  readonly pattern: boolean;
}

/** Every term of the glossary: src/data/glossary.ts plus one entry per pattern (name, aliases, summary, page). */
export function glossaryEntries(): GlossaryEntry[] {
  return [
    ...glossaryTerms.map((t) => ({...t, pattern: false})),
    ...patterns.map((p) => ({
      id: p.slug,
      chinese: p.chinese,
      english: p.english,
      aliases: p.formerEnglish ? [p.formerEnglish, ...p.aliases] : [...p.aliases],
      definition: p.summary,
      pages: [`patterns/${p.slug}`],
      pattern: true,
    })),
  ];
}
