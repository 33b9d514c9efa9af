import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

/** Where src/theme/CodeBlock/Content imports ./load, which the server build swaps for ./load.server. */
const CODE_BLOCK_DIR = path.resolve(__dirname, '../src/theme/CodeBlock/Content');

/**
 * The server build renders code blocks with Prism at once: in src/theme/CodeBlock/Content, ./load (Prism in a chunk
 * of its own, fetched by the first block React creates in the browser) becomes ./load.server (Prism imported
 * directly), so every page's HTML carries its highlighted code.
 */
export default function codeBlockSsr(): Plugin {
  return {
    name: 'code-block-ssr',
    configureWebpack(_config, isServer, {currentBundler}) {
      if (!isServer) return {};
      const Replace = currentBundler.instance.NormalModuleReplacementPlugin;
      const swapLoad = (data: {context?: string; request: string}) => {
        if (data.context === CODE_BLOCK_DIR) data.request = './load.server';
      };
      return {plugins: [new Replace(/^\.\/load$/, swapLoad)]};
    },
  };
}
