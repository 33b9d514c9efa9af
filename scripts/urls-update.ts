/**
 * npm run urls:update — adds to published-urls.json every page and id the last build published (left by
 * plugins/url-contract.ts), keeping everything the file already lists: the contract only grows. To drop an entry
 * on purpose (a page withdrawn for good), edit the file by hand and say why in the commit.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {CONTRACT_FILE, formatContract, mergeContract, readContract, type UrlContract} from '../build-tools/url-contract';
import {PUBLISHED_CACHE} from '../plugins/url-contract';

const ROOT = path.join(__dirname, '..');
if (!existsSync(PUBLISHED_CACHE)) {
  console.error('No build to read: run npm run build first (with the contract check failing, it still records what it built).');
  process.exit(1);
}
const published = JSON.parse(readFileSync(PUBLISHED_CACHE, 'utf8')) as UrlContract;
const old = readContract(ROOT) ?? {};
const merged = mergeContract(old, published);
writeFileSync(path.join(ROOT, CONTRACT_FILE), formatContract(merged));
const count = (c: UrlContract) => [Object.keys(c).length, Object.values(c).reduce((n, ids) => n + ids.length, 0)] as const;
const [pages, ids] = count(merged);
const [oldPages, oldIds] = count(old);
console.log(`${CONTRACT_FILE}: ${pages} pages, ${ids} ids (${pages - oldPages} pages and ${ids - oldIds} ids added)`);
