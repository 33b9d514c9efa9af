import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {TWEAK_NAMES, performanceConfig, selectTweaks, tweakCacheKey} from '@site/plugins/performance';
import {ssrTemplate} from '@site/plugins/performance/boot-after-paint';
import {bench} from '@site/src/data/bench';
import {siteTweaks} from '@site/src/data/site-tweaks';

const DIR = path.resolve(__dirname, '../../plugins/performance');

describe('KB_TWEAKS: which performance tweaks a build applies (plugins/performance)', () => {
  it('applies every tweak by default and with "all", none with "none"', () => {
    expect(selectTweaks(undefined)).toEqual(TWEAK_NAMES);
    expect(selectTweaks('')).toEqual(TWEAK_NAMES);
    expect(selectTweaks(' all ')).toEqual(TWEAK_NAMES);
    expect(selectTweaks('none')).toEqual([]);
  });

  it('keeps only the listed tweaks, or all but the ones listed with a minus', () => {
    expect(selectTweaks('pattern-data-chunk, compile-hint')).toEqual(['compile-hint', 'pattern-data-chunk']);
    const without = selectTweaks('-boot-after-paint,-idle-prefetch');
    expect(without).toHaveLength(TWEAK_NAMES.length - 2);
    expect(without).not.toContain('boot-after-paint');
    expect(without).not.toContain('idle-prefetch');
  });

  it('stops the build on an unknown name, naming it and listing the known ones', () => {
    expect(() => selectTweaks('compile-hint,utf8')).toThrow(/KB_TWEAKS="compile-hint,utf8": no tweak named "utf8".*compile-hint, .*pattern-data-chunk/);
    expect(() => selectTweaks('-nope')).toThrow(/no tweak named "nope"/);
    expect(() => selectTweaks('compile-hint,-pattern-data-chunk')).toThrow(/not both/);
  });

  it('turns a selection into plugins and the HTML template', () => {
    const all = performanceConfig(TWEAK_NAMES);
    // The cache key, and a plugin per tweak but boot-after-paint (the template).
    expect(all.plugins).toHaveLength(TWEAK_NAMES.length);
    expect(all.ssrTemplate).toBe(ssrTemplate);
    const none = performanceConfig([]);
    expect(none.plugins).toHaveLength(1);
    expect(none.ssrTemplate).toBeUndefined();
    expect(performanceConfig(['compile-hint']).ssrTemplate).toBeUndefined();
  });

  it('keys the persistent build cache to the selection, so that a build with other tweaks transforms its modules anew', () => {
    const versionFor = (tweaks: Parameters<typeof tweakCacheKey>[0]) => {
      const config = {experiments: {cache: {type: 'persistent', version: 'client-production-zh-Hans-3.10.2-abc'}}};
      (tweakCacheKey(tweaks).configureWebpack as (c: object) => object)(config);
      return config.experiments.cache.version;
    };
    expect(versionFor([])).toBe('client-production-zh-Hans-3.10.2-abc-tweaks:none');
    expect(versionFor(['compile-hint', 'pattern-data-chunk'])).toBe('client-production-zh-Hans-3.10.2-abc-tweaks:compile-hint,pattern-data-chunk');
    expect(versionFor(TWEAK_NAMES)).not.toBe(versionFor(selectTweaks('-strip-doc-descriptions')));
    // No persistent cache (DOCUSAURUS_NO_PERSISTENT_CACHE): nothing to key.
    const plain = {experiments: {}};
    (tweakCacheKey([]).configureWebpack as (c: object) => object)(plain);
    expect(plain).toEqual({experiments: {}});
  });

  it('has one module per tweak, each with a header that states its measured gain and what would make it unnecessary', () => {
    const modules = readdirSync(DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));
    expect(modules.sort()).toEqual([...TWEAK_NAMES].sort());
    for (const name of TWEAK_NAMES) {
      const header = readFileSync(path.join(DIR, `${name}.ts`), 'utf8').split('*/')[0]!;
      expect(header, name).toContain(`Tweak \`${name}\``);
      expect(header, name).toMatch(/Measured gain: .*20\d\d-\d\d/);
      expect(header, name).toMatch(/Unnecessary when: /);
    }
  });

  it('describes every tweak for readers, in the same order, and has a bench of each (关于本站)', () => {
    expect(siteTweaks.map((t) => t.id)).toEqual(TWEAK_NAMES);
    for (const name of TWEAK_NAMES) expect(bench.withoutEach[name], name).toBeDefined();
    expect(Object.keys(bench.withoutEach).filter((name) => !(TWEAK_NAMES as string[]).includes(name))).toEqual([]);
  });
});
