import {spawnSync} from 'node:child_process';
import path from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll} from 'vitest';
import {serveBuild} from '../../build-tools/serve';

const ROOT = path.resolve(__dirname, '../..');

/** A second build of the site, served, with one tab that records every error it meets. */
export interface Variant {
  /** The tab. */
  readonly page: Page;
  /** Origin + base URL of the served build. */
  readonly base: string;
  /** Exceptions, console errors and responses of 400 or more, since the list was last emptied. */
  readonly problems: string[];
}

/**
 * Builds the site into `out` with `env` added to the environment (before the file's tests, up to 180 s), serves it
 * under env.BASE_URL (default /), opens a tab in `browser`, and stops the server after the tests. Its fields are
 * read in the tests, once beforeAll has filled them.
 */
export function variantSite(browser: Browser, out: string, env: Record<string, string>): Variant {
  const variant = {problems: [] as string[]} as {page: Page; base: string; problems: string[]};
  let stop: () => void = () => undefined;
  beforeAll(async () => {
    const build = spawnSync(path.join(ROOT, 'node_modules/.bin/docusaurus'), ['build', '--out-dir', out], {
      cwd: ROOT,
      env: {...process.env, ...env},
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`build with ${JSON.stringify(env)} failed:\n${build.stdout}\n${build.stderr}`);
    ({siteUrl: variant.base, stop} = await serveBuild(out, env.BASE_URL ?? '/'));
    const page = await (await browser.newContext()).newPage();
    page.on('pageerror', (e) => variant.problems.push(`exception: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && variant.problems.push(`console: ${m.text()}`));
    page.on('response', (r) => r.status() >= 400 && variant.problems.push(`${r.status()} ${r.url()}`));
    variant.page = page;
  }, 180_000);
  afterAll(() => stop());
  return variant;
}
