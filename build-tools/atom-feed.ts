import {docHref} from '../src/data/hrefs';
import type {SiteChange} from '../src/data/schema';

/**
 * /changes.atom (RFC 4287) from src/data/site-changes.ts, the same list as the changelog page's table: one entry a
 * change, newest first, each linking the first page it concerns and its own row on the changelog page.
 */
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&${{'&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos'}[c]};`);

export const FEED_PATH = 'changes.atom';
export const CHANGELOG_DOC = 'about/changelog';

export function atomFeed(changes: readonly SiteChange[], site: {title: string; url: string}): string {
  const sorted = [...changes].sort((a, b) => b.date.localeCompare(a.date));
  const abs = (link: string) => {
    const [docId, anchor] = link.split('#') as [string, string | undefined];
    return `${site.url}${docHref(docId).replace(/^\//, '')}${anchor ? `#${anchor}` : ''}`;
  };
  const changelog = abs(CHANGELOG_DOC);
  const time = (date: string) => `${date}T00:00:00Z`;
  const entries = sorted.map(
    (c) => `  <entry>
    <id>${escape(`${changelog}#${c.id}`)}</id>
    <title>${escape(c.title)}</title>
    <updated>${time(c.date)}</updated>
    <link rel="alternate" type="text/html" href="${escape(abs(c.pages[0]!))}"/>
    <category term="${escape(c.kind)}"/>
    <summary type="text">${escape(c.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-Hans">
  <id>${escape(`${site.url}${FEED_PATH}`)}</id>
  <title>${escape(`${site.title} · 网站更新`)}</title>
  <updated>${time(sorted[0]?.date ?? '1970-01-01')}</updated>
  <author><name>${escape(site.title)}</name></author>
  <link rel="self" type="application/atom+xml" href="${escape(`${site.url}${FEED_PATH}`)}"/>
  <link rel="alternate" type="text/html" href="${escape(`${changelog}#site-changes`)}"/>
${entries.join('\n')}
</feed>
`;
}
