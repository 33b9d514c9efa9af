import {existsSync} from 'node:fs';
import path from 'node:path';
import type {TestProject} from 'vitest/node';
import {assertChromium} from './browser';
import {serveBuild} from '../../build-tools/serve';

const ROOT = path.resolve(__dirname, '../..');
const BUILD = path.join(ROOT, 'build');

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin + base URL of the served production build, e.g. http://127.0.0.1:41234/ */
    siteUrl: string;
  }
}

/** Serves the production build on 127.0.0.1 with a free port, as `npm run serve` does. */
export default async function setup(project: TestProject): Promise<() => void> {
  assertChromium();
  if (!existsSync(path.join(BUILD, 'index.html'))) {
    throw new Error('build/ is missing: run "npm run build" before the browser tests (npm test does both).');
  }
  const {siteUrl, stop} = await serveBuild(BUILD, process.env.BASE_URL ?? '/');
  project.provide('siteUrl', siteUrl);
  return stop;
}
