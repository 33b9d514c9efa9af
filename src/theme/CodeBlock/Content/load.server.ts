import type ContentType from '@theme/CodeBlock/Content';
import Highlighted from './Highlighted';

/** On the server (plugins/code-block-ssr.ts swaps ./load for this module): ./Highlighted at once, so pages carry the highlighted code. */
export const initial: typeof ContentType | null = Highlighted;

export const load = (): Promise<typeof ContentType> => Promise.resolve(Highlighted);
