import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {ROOT, listFiles} from '@site/build-tools/docs';

/** Every module a file imports or re-exports, as written: './x', '../scripts/y', '@site/build-tools/z'. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\s)(?:import|export)\s[^;]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)|require\(\s*'([^']+)'\s*\)/gm)].map(
    (m) => m[1] ?? m[2] ?? m[3]!,
  );
}

/** The top-level folder an import lands in, resolved from the importing file ('@site/x' is the project root). */
function targetFolder(file: string, spec: string): string | undefined {
  if (spec.startsWith('@site/')) return spec.slice('@site/'.length).split('/')[0];
  if (!spec.startsWith('.')) return undefined;
  return path.relative(ROOT, path.resolve(path.dirname(file), spec)).split(path.sep)[0];
}

const CODE = /\.(ts|tsx|mts|cjs|js)$/;
const filesIn = (folder: string) => listFiles(path.join(ROOT, folder), CODE);

/** Which folders may not be imported from where (STYLE.md: the house at a glance). */
const RULES: Array<[from: string, forbidden: readonly string[]]> = [
  // Only npm scripts run what is in scripts/.
  ['plugins', ['scripts']],
  ['config', ['scripts']],
  ['build-tools', ['scripts']],
  // What runs in the browser never imports build-time code.
  ['src', ['scripts', 'build-tools', 'plugins', 'config']],
];

describe('layers: who may import what', () => {
  it.each(RULES)('nothing under %s/ imports from %j', (from, forbidden) => {
    const files = filesIn(from);
    expect(files.length).toBeGreaterThan(0);
    const bad = files.flatMap((file) =>
      imports(file)
        .filter((spec) => forbidden.includes(targetFolder(file, spec) ?? ''))
        .map((spec) => `${path.relative(ROOT, file)} imports ${spec}`),
    );
    expect(bad).toEqual([]);
  });

  it('finds a forbidden import when there is one', () => {
    const file = path.join(ROOT, 'plugins/x.ts');
    expect(targetFolder(file, '../scripts/lib/docs')).toBe('scripts');
    expect(targetFolder(path.join(ROOT, 'src/a/b.tsx'), '@site/build-tools/docs')).toBe('build-tools');
    expect(targetFolder(file, '../build-tools/docs')).toBe('build-tools');
    expect(targetFolder(file, 'node:fs')).toBeUndefined();
  });

  it('keeps in scripts/ only entry points that an npm script runs', () => {
    const scripts = Object.values((JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {scripts: Record<string, string>}).scripts).join('\n');
    const orphans = filesIn('scripts').filter((f) => !scripts.includes(path.relative(ROOT, f)));
    expect(orphans.map((f) => path.relative(ROOT, f))).toEqual([]);
  });
});
