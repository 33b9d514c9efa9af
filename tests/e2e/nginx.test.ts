import {spawn, type ChildProcess} from 'node:child_process';
import {copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import {get} from 'node:http';
import {createServer} from 'node:net';
import path from 'node:path';
import {brotliDecompressSync, gunzipSync} from 'node:zlib';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {redirectsConf, securityHeadersConf} from '../../build-tools/deploy';
import {fileBrowser} from './browser';

/**
 * deploy/nginx.conf as teams deploy it: Debian's nginx on 127.0.0.1 with this config (only the port, the root and
 * the pid file swapped), serving build/; the browser smoke tests run through it and must see no CSP violation.
 */
const ROOT = path.resolve(__dirname, '../..');
const PREFIX = path.join(ROOT, '.tmp/nginx');
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
/** Debian's Brotli filter module; its package also writes the load_module line into /etc/nginx/modules-enabled. */
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';
const FIX = 'run "npm run build && npm run deploy-config" and commit deploy/kb';

let nginx: ChildProcess | undefined;
let origin = '';
const browser = fileBrowser();

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const {port} = server.address() as {port: number};
      server.close(() => resolve(port));
    });
  });
}

/** Path of main.js, as the home page served by nginx names it. */
async function mainScript(): Promise<string> {
  const html = await (await fetch(`${origin}/`)).text();
  // The bundles are listed in the boot script's data-kb-boot attribute (plugins/performance/boot-after-paint.ts).
  return /data-kb-boot="[^"]*?(\/assets\/js\/main\.[0-9a-f]+\.js)/.exec(html)![1]!;
}

/** The response body as sent (fetch would decode it), with its encoding. */
function rawGet(url: string, acceptEncoding: string): Promise<{encoding?: string; vary?: string; body: Buffer}> {
  return new Promise((resolve, reject) => {
    get(url, {headers: {'Accept-Encoding': acceptEncoding}}, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({encoding: res.headers['content-encoding'], vary: String(res.headers.vary ?? ''), body: Buffer.concat(chunks)}),
      );
    }).on('error', reject);
  });
}

beforeAll(async () => {
  if (!existsSync(NGINX)) throw new Error(`nginx not found at ${NGINX}: run "apt-get install -y nginx" (or set NGINX_PATH)`);
  if (!existsSync(BROTLI_MODULE)) {
    throw new Error(`nginx's Brotli module is missing (${BROTLI_MODULE}): run "apt-get install -y libnginx-mod-http-brotli-filter"`);
  }
  const port = await freePort();
  rmSync(PREFIX, {recursive: true, force: true});
  mkdirSync(path.join(PREFIX, 'kb'), {recursive: true});
  copyFileSync('/etc/nginx/mime.types', path.join(PREFIX, 'mime.types'));
  for (const file of readdirSync(path.join(ROOT, 'deploy/kb'))) copyFileSync(path.join(ROOT, 'deploy/kb', file), path.join(PREFIX, 'kb', file));
  // Debian's load_module lines name modules/… relative to the prefix (/usr/share/nginx/modules in Debian's build).
  symlinkSync(path.dirname(BROTLI_MODULE), path.join(PREFIX, 'modules'));
  // As deploy/Dockerfile does where the module is installed.
  mkdirSync(path.join(PREFIX, 'kb/brotli'));
  copyFileSync(path.join(ROOT, 'deploy/brotli.conf'), path.join(PREFIX, 'kb/brotli/brotli.conf'));
  const conf = readFileSync(path.join(ROOT, 'deploy/nginx.conf'), 'utf8')
    .replace('listen 8080;', `listen 127.0.0.1:${port};`)
    .replace('root /usr/share/nginx/html;', `root ${path.join(ROOT, 'build')};`)
    .replace('pid /tmp/nginx-kb.pid;', `pid ${path.join(PREFIX, 'nginx.pid')};`);
  writeFileSync(path.join(PREFIX, 'nginx.conf'), conf);
  nginx = spawn(NGINX, ['-p', `${PREFIX}/`, '-c', path.join(PREFIX, 'nginx.conf'), '-g', 'daemon off;'], {stdio: ['ignore', 'ignore', 'inherit']});
  origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i++) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited with code ${nginx.exitCode}`);
    try {
      await fetch(origin);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
});

afterAll(async () => {
  nginx?.kill();
});

describe('deploy/nginx.conf', () => {
  it('has generated parts that match the build and config/redirects.ts', () => {
    expect(readFileSync(path.join(ROOT, 'deploy/kb/security-headers.conf'), 'utf8'), FIX).toBe(securityHeadersConf());
    expect(readFileSync(path.join(ROOT, 'deploy/kb/redirects.conf'), 'utf8'), FIX).toBe(redirectsConf('/'));
  });

  it('sends pages gzipped, uncached, with the security headers', async () => {
    const response = await fetch(`${origin}/docs/patterns/circuit-breaker`, {headers: {'Accept-Encoding': 'gzip'}});
    expect(response.status).toBe(200);
    const h = response.headers;
    expect(h.get('content-encoding')).toBe('gzip');
    expect(h.get('content-type')).toBe('text/html; charset=utf-8');
    expect(h.get('cache-control')).toBe('no-cache');
    expect(h.get('content-security-policy')).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(h.get('x-content-type-options')).toBe('nosniff');
    expect(h.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(h.get('permissions-policy')).toContain('camera=()');
  });

  it('serves the Markdown copies, llms.txt and the data files as UTF-8 text, compressed', async () => {
    for (const [file, type] of [
      ['/docs/patterns/sidecar.md', 'text/markdown; charset=utf-8'],
      ['/llms.txt', 'text/plain; charset=utf-8'],
      ['/data/patterns.json', 'application/json; charset=utf-8'],
      ['/changes.atom', 'application/atom+xml; charset=utf-8'],
    ] as const) {
      const response = await fetch(`${origin}${file}`, {headers: {'Accept-Encoding': 'gzip'}});
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type'), file).toBe(type);
      expect(response.headers.get('content-encoding'), file).toBe('gzip');
    }
  });

  it('serves the PDFs as application/pdf, whole and in ranges (a viewer can open page 300 first)', async () => {
    const file = '/downloads/cloud-native-kb.pdf';
    const size = statSync(path.join(ROOT, 'build', file)).size;
    const response = await fetch(`${origin}${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(Number(response.headers.get('content-length'))).toBe(size);
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    await response.arrayBuffer();
    const range = await fetch(`${origin}${file}`, {headers: {Range: 'bytes=0-7'}});
    expect(range.status).toBe(206);
    expect(Buffer.from(await range.arrayBuffer()).toString('latin1')).toMatch(/^%PDF-1\.\d/);
  });

  it('caches hashed assets for a year and compresses them', async () => {
    const script = await mainScript();
    const response = await fetch(`${origin}${script}`, {headers: {'Accept-Encoding': 'gzip'}});
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('content-security-policy')).toBeTruthy();
  });

  it('sends Brotli to browsers that accept it, gzip to the others, and the same bytes either way', async () => {
    const script = await mainScript();
    const original = readFileSync(path.join(ROOT, 'build', script));
    const br = await rawGet(`${origin}${script}`, 'br, gzip');
    expect(br.encoding).toBe('br');
    expect(br.vary).toMatch(/Accept-Encoding/i);
    expect(brotliDecompressSync(br.body).equals(original)).toBe(true);
    const gz = await rawGet(`${origin}${script}`, 'gzip');
    expect(gz.encoding).toBe('gzip');
    expect(gunzipSync(gz.body).equals(original)).toBe(true);
    // Brotli is what makes it worth it: smaller than gzip for the main bundle.
    expect(br.body.length).toBeLessThan(gz.body.length);
    const page = await rawGet(`${origin}/docs/patterns/circuit-breaker`, 'br');
    expect(page.encoding).toBe('br');
    expect(brotliDecompressSync(page.body).toString('utf8')).toContain('断路器');
  });

  it('answers unknown paths with the 404 page and short links with a 301', async () => {
    const missing = await fetch(`${origin}/docs/no-such-page`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('找不到页面');
    const short = await fetch(`${origin}/p/circuit-breaker`, {redirect: 'manual'});
    expect(short.status).toBe(301);
    expect(new URL(short.headers.get('location')!, origin).pathname).toBe('/docs/patterns/circuit-breaker');
  });

  it('serves a site that runs without a CSP violation or any console error', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin});
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => (m.type() === 'error' || /Content Security Policy|Refused to/i.test(m.text())) && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(String(e)));
    for (const p of ['/', '/docs/cloud-native/cncf', '/docs/patterns', '/docs/patterns/circuit-breaker', '/docs/orchestration', '/docs/glossary', '/search?q=%E7%86%94%E6%96%AD']) {
      await page.goto(`${origin}${p}`, {waitUntil: 'networkidle'});
      expect(await page.locator('h1').count(), p).toBeGreaterThan(0);
    }
    // The search box's index, and the /search page's full-text search (WebAssembly in a worker), under the CSP.
    await page.goto(`${origin}/docs/cloud-native`, {waitUntil: 'networkidle'});
    const input = page.locator('.navbar .navbar__search-input');
    await input.focus();
    await input.fill('熔断');
    await page.locator('[role="listbox"] [role="option"]').first().waitFor({timeout: 15_000});
    await page.goto(`${origin}/search?q=${encodeURIComponent('失败累积')}`);
    await page.locator('main ol a[href^="/docs/service-mesh/implementations"]').first().waitFor({timeout: 15_000});
    // A diagram image, a tooltip and the copy-link control work too.
    await page.goto(`${origin}/docs/orchestration/kubernetes`, {waitUntil: 'networkidle'});
    const img = page.locator('figure img:visible').first();
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(100);
    await page.getByRole('button', {name: '复制链接'}).first().click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('/docs/orchestration/kubernetes)');
    expect(problems).toEqual([]);
    await context.close();
  });
});
