import type CodeBlockType from '@theme/CodeBlock';
import Highlighted from './Highlighted';

/** On the server (plugins/chunks.ts swaps ./load for this module): ./Highlighted at once, so pages carry the highlighted code. */
export const initial: typeof CodeBlockType | null = Highlighted;

export const load = (): Promise<typeof CodeBlockType> => Promise.resolve(Highlighted);
