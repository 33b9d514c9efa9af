import type {ReactNode} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import styles from './styles.module.css';

interface Props {
  /** "<doc id>/<n>": static/diagrams/<id>-light.svg and -dark.svg */
  readonly id: string;
  readonly alt: string;
  readonly width: string | number;
  readonly height: string | number;
}

/**
 * A Mermaid figure rendered ahead of time (npm run diagrams), put in place of a ```mermaid block by
 * plugins/remark-static-diagrams.ts: one SVG per colour mode, the other hidden by CSS (and, being lazy, never
 * fetched). Works without JavaScript; the alt text is the diagram's accTitle and accDescr.
 */
export default function StaticDiagram({id, alt, width, height}: Props): ReactNode {
  const light = useBaseUrl(`/diagrams/${id}-light.svg`);
  const dark = useBaseUrl(`/diagrams/${id}-dark.svg`);
  const common = {alt, width: Number(width), height: Number(height), loading: 'lazy', decoding: 'async'} as const;
  return (
    <span className={styles.diagram}>
      <img {...common} src={light} className={styles.light} />
      <img {...common} src={dark} className={styles.dark} />
    </span>
  );
}
