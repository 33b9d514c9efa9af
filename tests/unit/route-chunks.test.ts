import {describe, expect, it} from 'vitest';
import {addRouteModuleOrigins, registryModules} from '@site/plugins/performance/route-chunks-in-html';

const REGISTRY = `export default {
  "0058b4c6": [() => import(/* webpackChunkName: "0058b4c6" */ "@generated/docs-175.json"), "@generated/docs-175.json", require.resolveWeak("@generated/docs-175.json")],
  "17896441": [() => import(/* webpackChunkName: "17896441" */ "@theme/DocItem"), "@theme/DocItem", require.resolveWeak("@theme/DocItem")],
};`;

describe('route chunks in the client manifest (plugins/performance/route-chunks-in-html.ts)', () => {
  it('reads each route module and its chunk name from the registry', () => {
    expect(registryModules(REGISTRY)).toEqual([
      ['@generated/docs-175.json', '0058b4c6'],
      ['@theme/DocItem', '17896441'],
    ]);
  });

  it('stops the build when the registry no longer has the expected form', () => {
    expect(() => registryModules('export default {"a": [() => import("@theme/DocItem")]}')).toThrow(/registry\.js.*format has changed/);
  });

  it('lists each module request with the chunks of its chunk name, keeping the manifest as it was', () => {
    const manifest = {origins: {'17896441': ['4014', '6022', '106'], main: ['9783', '1889']}, assets: {}};
    const out = addRouteModuleOrigins(manifest, registryModules(REGISTRY));
    expect(out.origins['@theme/DocItem']).toEqual(['4014', '6022', '106']);
    expect(out.origins['@generated/docs-175.json']).toBeUndefined();
    expect(out.origins.main).toEqual(['9783', '1889']);
    expect(out).toHaveProperty('assets');
  });
});
