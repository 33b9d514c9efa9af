import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import {extractChangeNotes} from '../build-tools/change-notes';
import {chapters} from '../src/data/chapters';

/**
 * The page 2018 → 2026 变化一览 is made from the notes themselves: every <ChangeNote> of docs/, one line each (its
 * summary) linking to it, grouped by chapter in reading order, into @generated/change-notes/default/notes.json.
 */
export default function changeNotesPlugin(context: LoadContext): Plugin<void> {
  return {
    name: 'change-notes',
    async allContentLoaded({allContent, actions}) {
      const docs = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      const version = docs?.loadedVersions[0];
      if (!version) throw new Error('plugins/change-notes.ts: the docs plugin loaded no version');
      const byId = new Map(version.docs.map((d) => [d.id, d]));
      const groups = chapters.flatMap((chapter) => {
        const pages = [chapter.index, ...chapter.pages].flatMap((id) => {
          const doc = byId.get(id);
          if (!doc) return [];
          const file = path.join(context.siteDir, doc.source.replace(/^@site\//, ''));
          const notes = extractChangeNotes(readFileSync(file, 'utf8'), path.relative(context.siteDir, file));
          return notes.length > 0 ? [{title: doc.title, path: doc.permalink, notes: notes.map(({id: note, kind, summary}) => ({id: note, kind, summary}))}] : [];
        });
        return pages.length > 0 ? [{slug: chapter.slug, chapter: chapter.title, pages}] : [];
      });
      await actions.createData('notes.json', JSON.stringify(groups));
    },
  };
}
