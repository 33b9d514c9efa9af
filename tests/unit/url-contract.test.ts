import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {contractProblems, mergeContract, pageIds, publishedUrls, readContract} from '@site/build-tools/url-contract';

const page = (ids: readonly string[]) =>
  `<html><body><nav id="navbar-id"></nav><main class=x>${ids.map((id) => `<h2 id=${id}>t</h2>`).join('')}<div id=":r1:"></div><p id="__docusaurus_x"></p></main></body></html>`;
const stub = (to: string) => `<html><head><meta http-equiv="refresh" content="0; url=${to}"></head></html>`;

let dir = '';
afterEach(() => rmSync(dir, {recursive: true, force: true}));

/** A build of three pages, a moved page and its redirect stub, in a temporary folder. */
function build(files: Record<string, string>): string {
  dir = mkdtempSync(path.join(tmpdir(), 'kb-urls-'));
  for (const [rel, html] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), {recursive: true});
    writeFileSync(path.join(dir, rel), html);
  }
  return dir;
}

describe('the URL contract (build-tools/url-contract.ts)', () => {
  const files = {
    'index.html': page(['intro']),
    'docs/a.html': page(['one', 'two']),
    'docs/b/index.html': page(['three']),
    'docs/new-name.html': page(['kept']),
    'docs/old-name.html': stub('/docs/new-name'),
  };
  const redirects = [{from: '/docs/old-name', to: '/docs/new-name'}];
  const contract = {'/': ['intro'], '/docs/a': ['one', 'two'], '/docs/b': ['three'], '/docs/old-name': ['kept']};

  it('reads the stable ids of <main> only', () => {
    expect(pageIds(page(['b-id', 'a-id']))).toEqual(['a-id', 'b-id']);
  });

  it('lists what a build publishes, without the redirect stubs', () => {
    const out = build(files);
    expect(publishedUrls(out, '/kb/', ['/kb/', '/kb/docs/a', '/kb/docs/b', '/kb/docs/new-name', '/kb/404.html'])).toEqual({
      '/': ['intro'],
      '/docs/a': ['one', 'two'],
      '/docs/b': ['three'],
      '/docs/new-name': ['kept'],
    });
  });

  it('is kept by a build that has every page and id, a moved page checked where it redirects', () => {
    expect(contractProblems(build(files), contract, redirects)).toEqual([]);
  });

  it('names a removed page, a removed id, and an id the redirect target lacks', () => {
    const out = build({...files, 'docs/a.html': page(['one']), 'docs/b/index.html': '', 'docs/new-name.html': page([])});
    rmSync(path.join(out, 'docs/b/index.html'));
    expect(contractProblems(out, contract, redirects)).toEqual([
      expect.stringMatching(/^\/docs\/a#two is gone: keep the old id as an alias anchor/),
      '/docs/b is gone and has no redirect (config/redirects.ts)',
      expect.stringMatching(/^\/docs\/old-name#kept is gone from \/docs\/new-name/),
    ]);
  });

  it('only grows when updated', () => {
    expect(mergeContract({'/x': ['a'], '/gone': ['b']}, {'/x': ['c'], '/new': []})).toEqual({'/gone': ['b'], '/new': [], '/x': ['a', 'c']});
  });

  it('is committed and lists the site\'s pages with their heading ids', () => {
    const committed = readContract(path.join(__dirname, '../..'));
    expect(committed).not.toBeNull();
    expect(Object.keys(committed!)).toEqual(expect.arrayContaining(['/', '/docs/patterns/circuit-breaker', '/docs/glossary']));
    expect(committed!['/docs/architecture/twelve-factor']).toEqual(expect.arrayContaining(['port-binding', 'logs']));
  });
});
