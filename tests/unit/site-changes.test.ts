// @vitest-environment jsdom
import {describe, expect, it} from 'vitest';
import {atomFeed} from '@site/build-tools/atom-feed';
import {docInfos} from '@site/plugins/glossary';
import {docLinkProblem} from '@site/src/data/glossary-entries';
import {siteChanges} from '@site/src/data/site-changes';

const SITE = {title: '云原生架构知识库', url: 'https://kb.example.com/kb/'};
const ATOM = 'http://www.w3.org/2005/Atom';

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

describe('the site changes (src/data/site-changes.ts) and /changes.atom', () => {
  it('are listed newest first, with unique ids', () => {
    const dates = siteChanges.map((c) => c.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(siteChanges.map((c) => c.id)).size).toBe(siteChanges.length);
  });

  it('link pages and headings that exist', () => {
    const docs = docInfos();
    const broken = siteChanges.flatMap((c) => c.pages.flatMap((link) => docLinkProblem(docs, link) ?? []).map((p) => `${c.id}: ${p}`));
    expect(broken).toEqual([]);
  });

  it('make a valid Atom feed whose newest entry is the newest change', () => {
    const doc = parse(atomFeed(siteChanges, SITE));
    const feed = doc.documentElement;
    expect(feed.namespaceURI).toBe(ATOM);
    expect(feed.localName).toBe('feed');
    const child = (el: Element, name: string) => [...el.children].find((c) => c.localName === name && c.namespaceURI === ATOM);
    for (const name of ['id', 'title', 'updated', 'author']) expect(child(feed, name), name).toBeDefined();
    const entries = [...feed.children].filter((c) => c.localName === 'entry');
    expect(entries).toHaveLength(siteChanges.length);
    for (const entry of entries) {
      for (const name of ['id', 'title', 'updated', 'summary']) expect(child(entry, name)?.textContent?.trim(), name).toBeTruthy();
      expect(child(entry, 'updated')!.textContent).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      expect(child(entry, 'link')!.getAttribute('href')).toMatch(/^https:\/\/kb\.example\.com\/kb\/docs\//);
    }
    const newest = siteChanges[0]!;
    expect(child(entries[0]!, 'title')!.textContent).toBe(newest.title);
    expect(child(entries[0]!, 'id')!.textContent).toBe(`https://kb.example.com/kb/docs/about/changelog#${newest.id}`);
    expect(child(feed, 'updated')!.textContent).toBe(`${newest.date}T00:00:00Z`);
  });

  it('escapes markup in the entries', () => {
    const doc = parse(atomFeed([{...siteChanges[0]!, title: '<b>&"x"</b>'}], SITE));
    expect(doc.getElementsByTagName('entry')[0]!.getElementsByTagName('title')[0]!.textContent).toBe('<b>&"x"</b>');
  });
});
