import {describe, expect, it} from 'vitest';
import {glossaryTerms} from '@site/src/data/glossary';
import {glossaryEntries} from '@site/src/data/glossary-entries';
import {patterns} from '@site/src/data/patterns';
import {findSpacingIssues, readDocs} from '../../scripts/lib/docs';

const docs = new Map(readDocs().map((d) => [d.id.replace(/\/index$/, ''), d]));

describe('glossary data', () => {
  it('links only to pages and headings that exist', () => {
    const broken = glossaryTerms.flatMap((term) =>
      term.pages.flatMap((link) => {
        const [docId, anchor] = link.split('#') as [string, string | undefined];
        const doc = docs.get(docId.replace(/\/index$/, ''));
        if (!doc) return [`${term.id}: no page "${docId}"`];
        if (anchor && !doc.headings.some((h) => h.id === anchor)) return [`${term.id}: no heading #${anchor} in ${doc.file}`];
        return [];
      }),
    );
    expect(broken).toEqual([]);
  });

  it('has unique ids, Chinese names and English names across terms and patterns', () => {
    const entries = glossaryEntries();
    for (const key of ['id', 'chinese', 'english'] as const) {
      const seen = new Set<string>();
      const dupes = entries.map((e) => e[key].toLowerCase()).filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
      expect(dupes, key).toEqual([]);
    }
  });

  it('follows the house typography (space between Chinese and Latin, full-width punctuation)', () => {
    const problems = glossaryTerms.flatMap((t) => [
      ...findSpacingIssues(t.definition).map((p) => `${t.id}: ${p}`),
      ...(/[\u3400-\u9fff][,;:!?()]|[,;:!?()][\u3400-\u9fff]/.test(t.definition) ? [`${t.id}: half-width punctuation`] : []),
      ...(t.definition.endsWith('。') ? [] : [`${t.id}: definition must end with 。`]),
    ]);
    expect(problems).toEqual([]);
  });

  it('includes every pattern, linked to its page', () => {
    const entries = new Map(glossaryEntries().map((e) => [e.id, e]));
    for (const p of patterns) expect(entries.get(p.slug)?.pages[0]).toBe(`patterns/${p.slug}`);
  });
});
