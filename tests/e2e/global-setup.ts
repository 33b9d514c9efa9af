import {spawn, type ChildProcess} from 'node:child_process';
import {existsSync} from 'node:fs';
import {createServer} from 'node:net';
import path from 'node:path';
import type {TestProject} from 'vitest/node';
import {assertChromium} from './browser';

const ROOT = path.resolve(__dirname, '../..');
const BUILD = path.join(ROOT, 'build');

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin + base URL of the served production build, e.g. http://127.0.0.1:41234/ */
    siteUrl: string;
  }
}

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

/** Serves the production build on 127.0.0.1 with a free port, as `npm run serve` does. */
export default async function setup(project: TestProject): Promise<() => void> {
  assertChromium();
  if (!existsSync(path.join(BUILD, 'index.html'))) {
    throw new Error('build/ is missing: run "npm run build" before the browser tests (npm test does both).');
  }
  const port = await freePort();
  const baseUrl = process.env.BASE_URL ?? '/';
  const child = spawn(
    path.join(ROOT, 'node_modules/.bin/docusaurus'),
    ['serve', '--dir', BUILD, '--host', '127.0.0.1', '--port', String(port), '--no-open'],
    {cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: process.env},
  );
  const siteUrl = `http://127.0.0.1:${port}${baseUrl}`;
  await waitForHttp(siteUrl, child, 60_000);
  project.provide('siteUrl', siteUrl);
  return () => {
    child.kill();
  };
}
