import {describe, expect, it} from 'vitest';
import {DEFAULT_SITE_URL, readSiteEnv, siteUrlWarning} from '@site/config/env';
import {DEFAULT_SITE_URL as LINK_DEFAULT, linkOrigin} from '@site/src/components/CopyLink/link';
import {issueLink} from '@site/src/components/ReportIssue/link';

describe('readSiteEnv', () => {
  it('defaults to http://localhost:3000 and /', () => {
    expect(readSiteEnv({})).toEqual({url: 'http://localhost:3000', baseUrl: '/', editUrl: undefined, issueUrl: undefined});
  });

  it('accepts an origin, a nested base path and an edit URL', () => {
    expect(
      readSiteEnv({SITE_URL: 'https://kb.example.com/', BASE_URL: '/docs/kb/', EDIT_URL: 'https://git.example.com/kb/edit/main'}),
    ).toEqual({url: 'https://kb.example.com', baseUrl: '/docs/kb/', editUrl: 'https://git.example.com/kb/edit/main/', issueUrl: undefined});
  });

  it.each(['kb', '/kb', 'kb/', '//', '/kb//', '/知识库/', '/kb /', 'https://x.example/kb/'])(
    'rejects BASE_URL=%j naming the variable and the rule',
    (value) => {
      expect(() => readSiteEnv({BASE_URL: value})).toThrow(/Invalid BASE_URL=.*starts and ends with "\/"/);
    },
  );

  it.each(['localhost:3000', 'ftp://kb.example.com', 'https://kb.example.com/kb/', 'https://kb.example.com/?a=1', 'not a url'])(
    'rejects SITE_URL=%j naming the variable and the rule',
    (value) => {
      expect(() => readSiteEnv({SITE_URL: value})).toThrow(/Invalid SITE_URL=.*absolute http\(s\) origin/);
    },
  );

  it('rejects an EDIT_URL that is not an http(s) URL', () => {
    expect(() => readSiteEnv({EDIT_URL: 'git@example.com:kb.git'})).toThrow(/Invalid EDIT_URL=/);
  });

  it('accepts an ISSUE_URL, with or without a query', () => {
    expect(readSiteEnv({ISSUE_URL: ' https://github.com/org/kb/issues/new '}).issueUrl).toBe('https://github.com/org/kb/issues/new');
    expect(readSiteEnv({ISSUE_URL: 'https://git.example.com/kb/issues/new?template=fix.md'}).issueUrl).toBe(
      'https://git.example.com/kb/issues/new?template=fix.md',
    );
    expect(readSiteEnv({ISSUE_URL: ''}).issueUrl).toBeUndefined();
  });

  it.each(['github.com/org/kb/issues/new', 'mailto:kb@example.com', 'https://github.com/org/kb/issues/new#x', 'https://u:p@git.example.com/new'])(
    'rejects ISSUE_URL=%j naming the variable and the rule',
    (value) => {
      expect(() => readSiteEnv({ISSUE_URL: value})).toThrow(/Invalid ISSUE_URL=.*absolute http\(s\) URL of the new-issue form/);
    },
  );

  it('prefills the issue with the page title and URL, keeping the query ISSUE_URL has', () => {
    const link = new URL(issueLink('https://git.example.com/kb/issues/new?template=fix.md', '断路器（Circuit Breaker）', 'https://kb.example.com/docs/patterns/circuit-breaker'));
    expect(link.searchParams.get('template')).toBe('fix.md');
    expect(link.searchParams.get('title')).toBe('[勘误] 断路器（Circuit Breaker）');
    expect(link.searchParams.get('body')).toContain('https://kb.example.com/docs/patterns/circuit-breaker');
  });
});

describe('siteUrlWarning', () => {
  it('warns a production build without SITE_URL, naming the variable and the fix', () => {
    expect(siteUrlWarning({NODE_ENV: 'production'})).toMatch(/SITE_URL is not set.*http:\/\/localhost:3000.*SITE_URL=https:/);
    expect(siteUrlWarning({NODE_ENV: 'production', SITE_URL: ' '})).toBeDefined();
  });

  it('says nothing when SITE_URL is set, or in the dev server', () => {
    expect(siteUrlWarning({NODE_ENV: 'production', SITE_URL: 'https://kb.example.com'})).toBeUndefined();
    expect(siteUrlWarning({NODE_ENV: 'development'})).toBeUndefined();
  });
});

describe('linkOrigin (copied links, 报告问题)', () => {
  it('keeps a set SITE_URL, even when the page is read elsewhere (a preview)', () => {
    expect(linkOrigin('https://kb.example.com', 'https://preview.example.net')).toBe('https://kb.example.com');
  });

  it('uses the address the page is read at when the build kept the default SITE_URL', () => {
    expect(LINK_DEFAULT).toBe(DEFAULT_SITE_URL);
    expect(linkOrigin(DEFAULT_SITE_URL, 'https://kb.example.com')).toBe('https://kb.example.com');
    expect(linkOrigin(DEFAULT_SITE_URL, undefined)).toBe(DEFAULT_SITE_URL);
  });
});
