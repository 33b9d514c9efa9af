import {pinyin} from 'pinyin-pro';
import type {Plugin} from '@docusaurus/types';
import {buildGlossary, glossaryPages, type DocInfo} from '../src/data/glossary-entries';
import {readDocs} from '../build-tools/docs';
import {cncfProjects} from '../src/data/cncf-projects';

/** Anchors of a page besides its headings: the rows of the CNCF projects table (#kyverno), named by project. */
export const ROW_ANCHORS: Readonly<Record<string, ReadonlyArray<readonly [id: string, name: string]>>> = {
  'cloud-native/cncf-projects': cncfProjects.map((p) => [p.slug, p.name] as const),
};

/** Page titles and heading texts of every doc, keyed by doc id (docs/a/b.md → "a/b"), plus its row anchors. */
export function docInfos(): Map<string, DocInfo> {
  return new Map(
    readDocs().map((doc) => [
      doc.id,
      {
        title: String(doc.frontMatter.title ?? doc.id),
        headings: new Map([...doc.headings.flatMap((h) => (h.id ? [[h.id, h.text] as const] : [])), ...(ROW_ANCHORS[doc.id] ?? [])]),
      },
    ]),
  );
}

export function pinyinOf(text: string): string {
  return pinyin(text, {toneType: 'none', separator: '', nonZh: 'consecutive'});
}

/**
 * Builds the glossary at build time: @generated/glossary/default/terms.json (/docs/glossary) and patterns.json
 * (/docs/glossary/patterns), entries sorted by pinyin and grouped A–Z, links resolved to URLs and titles.
 * A link to a missing page or heading stops the build with the entry's id.
 */
export default function glossaryPlugin(): Plugin<void> {
  return {
    name: 'glossary',
    async contentLoaded({actions}) {
      const data = buildGlossary(pinyinOf, docInfos());
      const pages = glossaryPages(data);
      await actions.createData('terms.json', JSON.stringify(pages.terms));
      await actions.createData('patterns.json', JSON.stringify(pages.patterns));
    },
    getPathsToWatch() {
      return ['src/data/**/*.ts', 'docs/**/*.{md,mdx}'];
    },
  };
}
