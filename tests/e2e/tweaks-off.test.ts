import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {COMPILE_HINT} from '../../plugins/performance/compile-hint';
import {fileBrowser, hydrated} from './browser';
import {variantSite} from './variant';

/**
 * KB_TWEAKS=none (plugins/performance/index.ts): the site built without any performance tweak, as `npm run bench`
 * measures it, still builds, hydrates and works; and the switch really turns the tweaks off. Builds into
 * .tmp/build-no-tweaks (about 15 s here).
 */
const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, '.tmp/build-no-tweaks');

const browser = fileBrowser();
const site = variantSite(browser, OUT, {KB_TWEAKS: 'none', BASE_URL: '/'});

const at = (p: string) => new URL(p, site.base).toString();
const js = (name: RegExp) => readdirSync(path.join(OUT, 'assets/js')).filter((f) => name.test(f));

describe('the site built with KB_TWEAKS=none', () => {
  it('has none of the tweaks in its output', () => {
    const html = readFileSync(path.join(OUT, 'docs/patterns/circuit-breaker.html'), 'utf8');
    // Docusaurus's own template: the entry scripts as <script defer>, no boot loader, no route chunks.
    expect(html).not.toContain('data-kb-boot');
    expect(html).toMatch(/<script src="?\/assets\/js\/main\.[0-9a-f]+\.js"? defer/);
    expect([...html.matchAll(/<script src=/g)]).toHaveLength(2);
    const [main] = js(/^main\.[0-9a-f]+\.js$/);
    expect(readFileSync(path.join(OUT, 'assets/js', main!), 'utf8').startsWith(COMPILE_HINT)).toBe(false);
    expect(js(/^pattern-data\./)).toEqual([]);
    // The docs metadata every doc page loads keeps each doc's description (strip-doc-descriptions is off), though
    // this build follows one with every tweak: the build cache is keyed to KB_TWEAKS.
    const metadata = js(/\.js$/).map((f) => readFileSync(path.join(OUT, 'assets/js', f), 'utf8')).filter((t) => t.includes('"pluginId":"default","version":"current"'));
    expect(metadata.length).toBeGreaterThan(0);
    expect(metadata.some((t) => /"docs":\{.*"description":/.test(t))).toBe(true);
  });

  it.each(['', 'docs/cloud-native', 'docs/patterns/circuit-breaker', 'docs/patterns', 'docs/patterns/cqrs'])(
    '/%s loads without an error and hydrates',
    async (p) => {
      site.problems.length = 0;
      await site.page.goto(at(p));
      await hydrated(site.page);
      await site.page.waitForLoadState('networkidle');
      expect(await site.page.locator('h1').count()).toBe(1);
      expect(site.problems).toEqual([]);
    },
  );

  it('highlights code, filters the explorer and answers a search', async () => {
    site.problems.length = 0;
    await site.page.goto(at('docs/patterns/cqrs'));
    await hydrated(site.page);
    expect(await site.page.locator('pre code .token').count()).toBeGreaterThan(10);
    await site.page.goto(at('docs/patterns'));
    await hydrated(site.page);
    const cards = site.page.locator('li[data-slug]');
    await site.page.locator('main').getByRole('searchbox').fill('大使');
    await expect.poll(() => cards.count()).toBe(1);
    const input = site.page.locator('.navbar .navbar__search-input');
    await input.focus();
    await input.fill('熔断');
    await site.page.locator('[role="listbox"] [role="option"]', {hasText: '断路器'}).first().waitFor({timeout: 15_000});
    expect(site.problems).toEqual([]);
  });
});
