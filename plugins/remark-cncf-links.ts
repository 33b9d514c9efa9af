import path from 'node:path';
import {cncfProjects} from '../src/data/cncf-projects';
import {cncfProjectHref} from '../src/data/hrefs';

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  children?: MdNode[];
}

/** The CNCF projects page, which links nothing to itself. */
const PROJECTS_PAGE = 'docs/cloud-native/cncf-projects.mdx';
/** Project names that are also everyday English words in the site's prose (OCI's distribution-spec). */
const NOT_NAMES = new Set(['distribution']);
/** Where a mention is not linked: headings, links, code, and inline JSX such as <Term> (it links on its own). */
const SKIP = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxFlowExpression', 'tableCell']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Links the first mention of each CNCF project on a page (Kubernetes, etcd, Istio, KEDA, Kyverno…) to its row on
 * the CNCF projects page, /docs/cloud-native/cncf-projects#<slug>. Names are matched whole and case-sensitively,
 * longest first (Open Service Mesh before Service Mesh names inside it); the build's anchor check catches a slug
 * that loses its row.
 */
export default function remarkCncfLinks() {
  const projects = cncfProjects
    .filter((p) => !NOT_NAMES.has(p.slug))
    .map((p) => ({slug: p.slug, name: p.name}))
    .sort((a, b) => b.name.length - a.name.length);
  const pattern = new RegExp(`(?<![A-Za-z0-9_-])(${projects.map((p) => escape(p.name)).join('|')})(?![A-Za-z0-9_-])`, 'g');
  const slugOf = new Map(projects.map((p) => [p.name, p.slug]));
  return (tree: MdNode, file: {path: string}) => {
    if (path.relative(process.cwd(), file.path).split(path.sep).join('/') === PROJECTS_PAGE) return;
    const linked = new Set<string>();
    const visit = (node: MdNode) => {
      if (!node.children || SKIP.has(node.type)) return;
      const out: MdNode[] = [];
      for (const child of node.children) {
        if (child.type !== 'text' || !child.value) {
          visit(child);
          out.push(child);
          continue;
        }
        let last = 0;
        for (const match of child.value.matchAll(pattern)) {
          const name = match[1]!;
          if (linked.has(name)) continue;
          linked.add(name);
          if (match.index > last) out.push({type: 'text', value: child.value.slice(last, match.index)});
          out.push({type: 'link', url: cncfProjectHref(slugOf.get(name)!), children: [{type: 'text', value: name}]});
          last = match.index + name.length;
        }
        if (last === 0) out.push(child);
        else if (last < child.value.length) out.push({type: 'text', value: child.value.slice(last)});
      }
      node.children = out;
    };
    visit(tree);
  };
}
