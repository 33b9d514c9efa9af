import type {Plugin} from '@docusaurus/types';
import {writeDataExports} from '../build-tools/data-exports';

/** After the build: /data/*.json and their JSON Schemas, from src/data (build-tools/data-exports.ts). */
export default function dataExportsPlugin(): Plugin<void> {
  return {
    name: 'data-exports',
    async postBuild({outDir, siteConfig}) {
      const files = writeDataExports(outDir, `${siteConfig.url}${siteConfig.baseUrl}`);
      console.log(`[data-exports] ${files.length} files in data/`);
    },
  };
}
