import path from 'node:path';
import {DOCS_DIR} from '../build-tools/docs';
import {diagramHash, mermaidVersion, readDiagramManifest} from '../build-tools/diagrams';

interface MdNode {
  type: string;
  lang?: string | null;
  value?: string;
  children?: MdNode[];
  [key: string]: unknown;
}

/**
 * Replaces every ```mermaid block of a doc with <StaticDiagram>, the light and dark SVGs that `npm run diagrams`
 * rendered ahead of time, so pages load no Mermaid code. Stops the build, naming the file and the diagram, when
 * a diagram has no rendering or its rendering is older than its source.
 */
export default function remarkStaticDiagrams() {
  const version = mermaidVersion();
  return (tree: MdNode, file: {path: string}) => {
    const manifest = readDiagramManifest();
    const docId = path.relative(DOCS_DIR, file.path).split(path.sep).join('/').replace(/\.mdx?$/, '');
    let n = 0;
    const visit = (node: MdNode) => {
      node.children?.forEach((child, i) => {
        if (child.type === 'code' && child.lang === 'mermaid') {
          n += 1;
          const key = `${docId}/${n}`;
          const entry = manifest[key];
          if (!entry || entry.hash !== diagramHash(child.value ?? '', version)) {
            throw new Error(
              `${path.relative(process.cwd(), file.path)}: Mermaid diagram ${n} ${entry ? 'changed since it was rendered' : 'has not been rendered'}: ` +
                'run "npm run diagrams" and commit static/diagrams',
            );
          }
          node.children![i] = {
            type: 'mdxJsxFlowElement',
            name: 'StaticDiagram',
            attributes: [
              {type: 'mdxJsxAttribute', name: 'id', value: key},
              {type: 'mdxJsxAttribute', name: 'alt', value: entry.alt},
              {type: 'mdxJsxAttribute', name: 'width', value: String(entry.width)},
              {type: 'mdxJsxAttribute', name: 'height', value: String(entry.height)},
              ...(entry.narrow
                ? [
                    {type: 'mdxJsxAttribute', name: 'narrowWidth', value: String(entry.narrow.width)},
                    {type: 'mdxJsxAttribute', name: 'narrowHeight', value: String(entry.narrow.height)},
                  ]
                : []),
            ],
            children: [],
          };
        } else {
          visit(child);
        }
      });
    };
    visit(tree);
  };
}
