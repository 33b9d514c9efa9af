import {Children, isValidElement, type ReactNode} from 'react';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';
import type {Props} from '@theme/CodeBlock';

/**
 * The theme's CodeBlock (theme-classic 3.10, lib/theme/CodeBlock) without its `key={String(isBrowser)}`.
 *
 * That key remounts every code block once hydration ends, so that the colour mode's Prism theme replaces the
 * server's light one. Here the colours come from CSS by token class (plugins/prism-css.ts), the same in both modes,
 * so the server's block is kept as it is: ./Content adopts its highlighted lines without running Prism.
 */
export default function CodeBlock({children, ...props}: Props): ReactNode {
  // The theme's maybeStringifyChildren: plain strings joined, so the copy button can copy them.
  const code = Children.toArray(children).some((child) => isValidElement(child)) ? children : Array.isArray(children) ? children.join('') : children;
  return typeof code === 'string' ? <StringContent {...props}>{code}</StringContent> : <ElementContent {...props}>{code}</ElementContent>;
}
