import {existsSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';

/**
 * Imports an ES-module-only package (no `require` export condition: pagefind, the unified packages) from the
 * build's TypeScript, which runs as CommonJS: by file URL, from where Node's own lookup finds the package.
 */
export async function importEsm<T>(name: string, entry = 'index.js'): Promise<T> {
  const dir = (require.resolve.paths(name) ?? []).map((p) => path.join(p, name)).find((p) => existsSync(p));
  if (!dir) throw new Error(`${name} is not installed (npm ci installs it: see package.json)`);
  return import(pathToFileURL(path.join(dir, entry)).href) as Promise<T>;
}
