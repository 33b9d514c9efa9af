import {spawn, type ChildProcess} from 'node:child_process';
import {createServer} from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`static server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`static server did not answer ${url} within ${timeoutMs} ms`);
}

/**
 * Serves a production build on 127.0.0.1 with a free port. At the root, exactly as `npm run serve` does (the
 * `serve` static server with serve.json: gzip, clean URLs, 404.html, cache headers); under a base URL such as
 * /kb/, with `docusaurus serve`, which can mount a build under a path (BASE_URL must match the build's).
 */
export async function serveBuild(dir: string, baseUrl: string): Promise<{siteUrl: string; stop: () => void}> {
  const port = await freePort();
  const [command, args] =
    baseUrl === '/'
      ? ['serve', [dir, '--config', path.relative(dir, path.join(ROOT, 'serve.json')), '--listen', `tcp://127.0.0.1:${port}`, '--no-clipboard', '--no-request-logging']]
      : ['docusaurus', ['serve', '--dir', dir, '--host', '127.0.0.1', '--port', String(port), '--no-open']];
  const child = spawn(path.join(ROOT, 'node_modules/.bin', command), args, {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {...process.env, BASE_URL: baseUrl},
  });
  const siteUrl = `http://127.0.0.1:${port}${baseUrl}`;
  await waitForHttp(siteUrl, child, 60_000);
  return {siteUrl, stop: () => child.kill()};
}
