import {Children, isValidElement, type ReactNode} from 'react';
import {Prism} from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';
import type {Props} from '@theme/CodeBlock';

// What the theme's client module lib/prism-include-languages.js did on every page at start-up (see ./index.tsx).
prismIncludeLanguages(Prism);

/**
 * The theme's CodeBlock (theme-classic 3.10, lib/theme/CodeBlock) without its `key={String(isBrowser)}`.
 *
 * That key remounts every code block once hydration ends, so that the colour mode's Prism theme replaces the
 * server's light one. It is not needed here: useColorMode() keeps the server's mode while the page hydrates, so a
 * change to dark arrives as an update, and React patches the tokens' inline colours. In light mode the hydrated
 * block's DOM is kept as it is, instead of being rebuilt node by node.
 */
export default function Highlighted({children, ...props}: Props): ReactNode {
  // The theme's maybeStringifyChildren: plain strings joined, so the copy button can copy them.
  const code = Children.toArray(children).some((child) => isValidElement(child)) ? children : Array.isArray(children) ? children.join('') : children;
  return typeof code === 'string' ? <StringContent {...props}>{code}</StringContent> : <ElementContent {...props}>{code}</ElementContent>;
}
