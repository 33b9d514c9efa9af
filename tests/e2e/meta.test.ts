// @vitest-environment jsdom
/**
 * Link previews, read from the built HTML (no browser): what a wiki or chat app sees when a page is pasted.
 * Runs after `npm run build`. The site URL and base URL are taken from the build (the home page's canonical URL),
 * not from the environment: vitest sets process.env.BASE_URL to Vite's base ("/") in test workers.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {readDocs} from '@site/build-tools/docs';
import {socialCardPath} from '@site/src/social/cardPath';
import {sitemapLocs} from './site';

const BUILD = path.resolve(__dirname, '../../build');

/** Absolute URL of the site root as built (SITE_URL + BASE_URL), e.g. http://localhost:3000/ */
const SITE = parseHead(path.join(BUILD, 'index.html')).querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
const SITE_CARD = `${SITE}img/social-card.png`;

const docs = new Map(readDocs().map((doc) => [doc.id, doc]));

/** Every page of build/sitemap.xml, as the build wrote it (site URL, not the test server). */
const locs = sitemapLocs();

/** The path of a URL under the site root, e.g. docs/patterns/retry ('' for the home page). */
function sitePath(absolute: string): string {
  expect(absolute.startsWith(SITE), `${absolute} is not under the site root ${SITE}`).toBe(true);
  return decodeURIComponent(new URL(absolute).pathname.slice(new URL(SITE).pathname.length));
}

/** build/ file that serves a site path (trailingSlash: false writes docs/x.html; index pages may be x/index.html). */
function htmlFile(rel: string): string {
  const candidates = rel === '' ? ['index.html'] : [`${rel}.html`, `${rel}/index.html`];
  const found = candidates.map((c) => path.join(BUILD, c)).find((file) => existsSync(file));
  if (!found) throw new Error(`no file in build/ for /${rel} (tried ${candidates.join(', ')})`);
  return found;
}

/** Doc id of a doc page: docs/patterns/retry -> patterns/retry, docs/architecture -> architecture/index. */
function docIdOf(rel: string): string | undefined {
  if (!rel.startsWith('docs/')) return undefined;
  const id = rel.slice('docs/'.length);
  return [id, `${id}/index`].find((candidate) => docs.has(candidate));
}

function parseHead(file: string): Document {
  const html = readFileSync(file, 'utf8');
  return new DOMParser().parseFromString(html.slice(0, html.indexOf('</head>') + '</head>'.length), 'text/html');
}

/** The content of the one <meta> with this name or property (fails when there are none or several). */
function meta(head: Document, key: string): string {
  const tags = [...head.querySelectorAll('meta')].filter((m) => m.getAttribute('property') === key || m.getAttribute('name') === key);
  expect(tags.length, `exactly one <meta> ${key}`).toBe(1);
  const content = tags[0]!.getAttribute('content')?.trim() ?? '';
  expect(content, `<meta> ${key} has content`).not.toBe('');
  return content;
}

describe('link previews of every page in sitemap.xml', () => {
  it('the sitemap lists the home page and every doc', () => {
    expect(SITE, 'canonical URL of build/index.html').toMatch(/^https?:\/\/[^/]+\/(?:.+\/)?$/);
    const paths = locs.map(sitePath);
    expect(paths).toContain('');
    const listedDocs = new Set(paths.map(docIdOf));
    expect([...docs.keys()].filter((id) => !listedDocs.has(id))).toEqual([]);
  });

  it.each(locs)('%s has canonical URL, title, description, card and Twitter card', (loc) => {
    const rel = sitePath(loc);
    const head = parseHead(htmlFile(rel));

    for (const key of ['og:title', 'og:description', 'og:type', 'og:site_name', 'description']) meta(head, key);
    expect(meta(head, 'twitter:card')).toBe('summary_large_image');

    const canonical = head.querySelectorAll('link[rel="canonical"]');
    expect(canonical.length, 'exactly one <link rel="canonical">').toBe(1);
    expect(canonical[0]!.getAttribute('href')).toBe(loc);
    expect(meta(head, 'og:url')).toBe(loc);

    const image = meta(head, 'og:image');
    expect(meta(head, 'twitter:image')).toBe(image);
    const imagePath = sitePath(image);
    expect(existsSync(path.join(BUILD, imagePath)), `og:image ${imagePath} exists in build/`).toBe(true);

    const id = docIdOf(rel);
    if (rel.startsWith('docs/')) {
      expect(id, `a doc in docs/ for /${rel}`).toBeDefined();
      const doc = docs.get(id!)!;
      if (doc.frontMatter.image === undefined) {
        expect(image, 'a doc page shows its own card').toBe(SITE + socialCardPath(id!));
        expect(image).not.toBe(SITE_CARD);
      } else {
        expect(image, 'a front matter image wins over the card').not.toBe(SITE + socialCardPath(id!));
      }
      expect(meta(head, 'og:type')).toBe('article');
      expect(meta(head, 'description')).toBe(doc.frontMatter.description);
      expect(meta(head, 'og:title')).toContain(String(doc.frontMatter.title));
    } else {
      expect(meta(head, 'og:type')).toBe('website');
    }
  });
});
