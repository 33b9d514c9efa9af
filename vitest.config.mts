import {defineConfig} from 'vitest/config';
import path from 'node:path';

const root = path.dirname(new URL(import.meta.url).pathname);

export default defineConfig({
  resolve: {
    alias: {
      '@site': root,
      // Components link with @docusaurus/Link; in jsdom tests a plain anchor stands in for it.
      '@docusaurus/Link': path.join(root, 'tests/unit/stubs/Link.tsx'),
      '@docusaurus/useBrokenLinks': path.join(root, 'tests/unit/stubs/useBrokenLinks.ts'),
      '@docusaurus/useDocusaurusContext': path.join(root, 'tests/unit/stubs/useDocusaurusContext.ts'),
      '@docusaurus/useGlobalData': path.join(root, 'tests/unit/stubs/useGlobalData.ts'),
      '@docusaurus/useBaseUrl': path.join(root, 'tests/unit/stubs/useBaseUrl.ts'),
    },
  },
  // The Docusaurus tsconfig says jsx: preserve; tests need React's automatic runtime.
  oxc: {jsx: {runtime: 'automatic'}},
  test: {
    projects: [
      {
        extends: true,
        test: {name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node'},
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
