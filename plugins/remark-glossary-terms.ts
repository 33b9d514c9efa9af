import path from 'node:path';
import {glossaryEntries, glossaryHref} from '../src/data/glossary-entries';

interface MdNode {
  type: string;
  name?: string | null;
  attributes?: Array<{type: string; name?: string; value?: unknown}>;
  children?: MdNode[];
}

/**
 * Fills in each <Term id="…"> of a doc with the term's Chinese and English names and its definition, taken from
 * the glossary at build time, so a page carries only the definitions it uses (not the whole glossary). An unknown
 * id stops the build, naming the file and the id.
 */
export default function remarkGlossaryTerms() {
  const entries = new Map(glossaryEntries().map((e) => [e.id, e]));
  return (tree: MdNode, file: {path: string}) => {
    const visit = (node: MdNode) => {
      if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Term') {
        const id = node.attributes?.find((a) => a.name === 'id')?.value;
        const entry = typeof id === 'string' ? entries.get(id) : undefined;
        if (!entry) {
          throw new Error(
            `${path.relative(process.cwd(), file.path)}: <Term id=${JSON.stringify(id)}>: no glossary entry with this id (src/data/glossary.ts or a pattern slug)`,
          );
        }
        for (const [name, value] of [
          ['chinese', entry.chinese],
          ['english', entry.english],
          ['definition', entry.definition],
          ['href', glossaryHref(entry.id, entry.pattern)],
        ] as const) {
          node.attributes!.push({type: 'mdxJsxAttribute', name, value});
        }
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
