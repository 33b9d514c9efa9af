import {describe, expect, it} from 'vitest';
import {readSiteEnv} from '@site/config/env';

describe('readSiteEnv', () => {
  it('defaults to http://localhost:3000 and /', () => {
    expect(readSiteEnv({})).toEqual({url: 'http://localhost:3000', baseUrl: '/', editUrl: undefined});
  });

  it('accepts an origin, a nested base path and an edit URL', () => {
    expect(
      readSiteEnv({SITE_URL: 'https://kb.example.com/', BASE_URL: '/docs/kb/', EDIT_URL: 'https://git.example.com/kb/edit/main'}),
    ).toEqual({url: 'https://kb.example.com', baseUrl: '/docs/kb/', editUrl: 'https://git.example.com/kb/edit/main/'});
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
});
