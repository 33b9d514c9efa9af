import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {siteRedirects} from '../config/redirects';
import {CONTRACT_FILE, contractProblems, formatContract, publishedUrls, readContract} from '../build-tools/url-contract';

/** Where a build leaves what it published, for `npm run urls:update`. */
export const PUBLISHED_CACHE = path.join(__dirname, '../node_modules/.cache/kb-urls/published.json');

/**
 * The URL contract (build-tools/url-contract.ts): after the build, every page and id listed in published-urls.json
 * must still be there (or redirect to a page that has the ids); the build fails naming each one that is not.
 */
export default function urlContractPlugin(): Plugin<void> {
  return {
    name: 'url-contract',
    async postBuild({outDir, baseUrl, routesPaths, siteDir}) {
      const published = publishedUrls(outDir, baseUrl, routesPaths);
      mkdirSync(path.dirname(PUBLISHED_CACHE), {recursive: true});
      writeFileSync(PUBLISHED_CACHE, formatContract(published));
      const contract = readContract(siteDir);
      if (!contract) throw new Error(`${CONTRACT_FILE} is missing: run npm run urls:update after a build to write it`);
      const problems = contractProblems(outDir, contract, siteRedirects());
      if (problems.length) {
        throw new Error(`The build breaks ${problems.length} published link(s) of ${CONTRACT_FILE}:\n  ${problems.join('\n  ')}`);
      }
      const listed = Object.values(contract).reduce((n, ids) => n + ids.length, 0);
      const fresh = Object.keys(published).filter((p) => !(p in contract)).length;
      console.log(
        `[url-contract] ${Object.keys(contract).length} pages and ${listed} ids of ${CONTRACT_FILE} all still there` +
          (fresh ? `; ${fresh} new page(s) not listed yet (npm run urls:update)` : ''),
      );
    },
  };
}
