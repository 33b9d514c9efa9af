import AxeBuilder from '@axe-core/playwright';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll} from 'vitest';
import {launchChromium} from '../../build-tools/chromium';

// The Chromium of the whole project (tests, Lighthouse, diagrams, social cards): build-tools/chromium.ts.
export {CHROMIUM_FLAGS, CHROMIUM_PATH, assertChromium, launchChromium} from '../../build-tools/chromium';

/** Waits until Docusaurus has hydrated the page (it sets data-has-hydrated on <html>). */
export async function hydrated(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true', undefined, {timeout});
}

/**
 * axe-core on a page (WCAG 2.x A/AA rules and best practices), every rule as it comes. Only violations get their
 * full list of nodes and selectors: axe still runs every rule, but skips building selectors for the nodes that
 * pass (15–30 % of each run here, measured on the glossary, explorer and pattern pages).
 */
export function axe(page: Page): AxeBuilder {
  return new AxeBuilder({page}).options({resultTypes: ['violations']});
}

/** Holds main.js back until the returned release() is called: until then the page is the server's HTML. */
export async function holdMainBundle(page: Page): Promise<() => void> {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/js\/main\.[0-9a-f]+\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** Holds every script chunk back until the returned release() is called (lazy components wait meanwhile). */
export async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/js/**', async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/**
 * The Chromium of one test file: launched before its tests and closed after them (the lines every file repeated).
 * The returned object stands for that browser: `browser.newContext()` and the rest go to it.
 */
export function fileBrowser(): Browser {
  let current: Browser | undefined;
  beforeAll(async () => {
    current = await launchChromium();
  });
  afterAll(async () => {
    await current?.close();
  });
  return new Proxy({} as Browser, {
    get(_target, property) {
      if (!current) throw new Error('the browser is used before the file’s beforeAll launched it');
      const value: unknown = Reflect.get(current, property, current);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(current) : value;
    },
  });
}
