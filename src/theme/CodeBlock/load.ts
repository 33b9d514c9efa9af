import type CodeBlockType from '@theme/CodeBlock';

type Highlighted = typeof CodeBlockType;

/** In the browser: ./Highlighted, with Prism, in a chunk of its own, fetched by the first code block rendered. */
export const initial: Highlighted | null = null;

export const load = (): Promise<Highlighted> => import('./Highlighted').then((m) => m.default);
