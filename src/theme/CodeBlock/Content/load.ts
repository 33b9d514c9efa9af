import type ContentType from '@theme/CodeBlock/Content';

type Highlighted = typeof ContentType;

/** In the browser: ./Highlighted, with Prism, in a chunk of its own, fetched by the first block React creates. */
export const initial: Highlighted | null = null;

export const load = (): Promise<Highlighted> => import('./Highlighted').then((m) => m.default);
