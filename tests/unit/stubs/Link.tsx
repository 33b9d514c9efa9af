import type {AnchorHTMLAttributes, ReactNode} from 'react';

/** Stand-in for @docusaurus/Link in jsdom tests: a plain anchor with the same `to` URL and the other props. */
export default function Link({to, children, ...rest}: {to: string; children?: ReactNode} & AnchorHTMLAttributes<HTMLAnchorElement>) {
  return (
    <a href={to} {...rest}>
      {children}
    </a>
  );
}
