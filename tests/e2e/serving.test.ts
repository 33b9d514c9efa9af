import {readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {siteUrl} from './site';

/** `npm run serve` (the server the browser tests use): compressed, cached the way deploy/ and serve.json say. */
describe('npm run serve', () => {
  const main = readdirSync(path.resolve(__dirname, '../../build/assets/js')).find((f) => /^main\..*\.js$/.test(f))!;

  it('sends JS gzipped with a long immutable cache', async () => {
    const response = await fetch(siteUrl(`assets/js/${main}`), {headers: {'Accept-Encoding': 'gzip'}});
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toContain('charset=utf-8');
  });

  it('sends pages gzipped, revalidated on every visit, at clean URLs', async () => {
    const response = await fetch(siteUrl('docs/patterns/circuit-breaker'), {headers: {'Accept-Encoding': 'gzip'}});
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('断路器');
  });

  it('answers 404 with the site’s 404 page', async () => {
    const response = await fetch(siteUrl('docs/no-such-page'));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('找不到页面');
  });
});
