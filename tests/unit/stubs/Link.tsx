import type {ReactNode} from 'react';

/** Stand-in for @docusaurus/Link in jsdom tests: a plain anchor with the same `to` URL. */
export default function Link({to, children, className}: {to: string; children: ReactNode; className?: string}) {
  return (
    <a href={to} className={className}>
      {children}
    </a>
  );
}
