import type {MouseEvent, ReactNode} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import styles from './styles.module.css';

interface Props {
  /** "<doc id>/<n>": static/diagrams/<id>-light.svg and -dark.svg */
  readonly id: string;
  readonly alt: string;
  readonly width: string | number;
  readonly height: string | number;
  /** Size of the top-to-bottom rendering for phones (<id>-narrow-light.svg, -narrow-dark.svg), where there is one. */
  readonly narrowWidth?: string | number;
  readonly narrowHeight?: string | number;
}

/** Screens this narrow get the top-to-bottom rendering, where there is one. */
const NARROW_MEDIA = '(max-width: 600px)';
/**
 * A desktop doc column is about 700 px wide: a diagram wider than this would be drawn there at less than 0.6 of
 * its size (its labels under 10 px), so it is shown top to bottom on every screen.
 */
const TOO_WIDE_FOR_DESKTOP = 700 / 0.6;

function Picture({className, src, narrowSrc, alt, width, height, narrowWidth, narrowHeight}: {
  className: string | undefined;
  src: string;
  narrowSrc: string;
  alt: string;
  width: number;
  height: number;
  narrowWidth?: number;
  narrowHeight?: number;
}): ReactNode {
  return (
    <picture className={className}>
      {narrowWidth && narrowHeight && (
        <source
          media={width > TOO_WIDE_FOR_DESKTOP ? undefined : NARROW_MEDIA}
          srcSet={narrowSrc}
          width={narrowWidth}
          height={narrowHeight}
        />
      )}
      <img src={src} alt={alt} width={width} height={height} loading="lazy" decoding="async" />
    </picture>
  );
}

/** Opens the diagram's viewer (./viewer.ts, loaded on the first tap) with the rendering the page shows now. */
function openViewer(event: MouseEvent<HTMLAnchorElement>): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const link = event.currentTarget;
  const img = [...link.querySelectorAll('img')].find((i) => i.offsetParent !== null) ?? link.querySelector('img')!;
  link.focus();
  void import('./viewer').then(({showDiagram}) =>
    showDiagram({
      src: img.currentSrc || img.src,
      width: img.naturalWidth || img.width,
      height: img.naturalHeight || img.height,
      alt: img.alt,
      label: link.closest('figure')?.querySelector('figcaption')?.textContent?.trim() || img.alt,
    }),
  );
}

/**
 * A Mermaid figure rendered ahead of time (npm run diagrams), put in place of a ```mermaid block by
 * plugins/remark-static-diagrams.ts: one SVG per colour mode, the other hidden by CSS (and, being lazy, never
 * fetched); phones get a top-to-bottom rendering where one exists. The figure is a link to its SVG: with
 * JavaScript a tap or Enter opens it full screen, at natural size or larger, pannable and zoomable; without, the
 * browser shows the SVG file. The alt text is the diagram's accTitle and accDescr.
 */
export default function StaticDiagram({id, alt, width, height, narrowWidth, narrowHeight}: Props): ReactNode {
  const light = useBaseUrl(`/diagrams/${id}-light.svg`);
  const dark = useBaseUrl(`/diagrams/${id}-dark.svg`);
  const narrowLight = useBaseUrl(`/diagrams/${id}-narrow-light.svg`);
  const narrowDark = useBaseUrl(`/diagrams/${id}-narrow-dark.svg`);
  const size = {
    alt,
    width: Number(width),
    height: Number(height),
    narrowWidth: narrowWidth ? Number(narrowWidth) : undefined,
    narrowHeight: narrowHeight ? Number(narrowHeight) : undefined,
  };
  return (
    <a href={light} className={styles.diagram} onClick={openViewer} data-kb-diagram="">
      <Picture className={styles.light} src={light} narrowSrc={narrowLight} {...size} />
      <Picture className={styles.dark} src={dark} narrowSrc={narrowDark} {...size} />
      <span className={`${styles.hint} kb-zoom-hint`}>
        <span aria-hidden="true">⤢ </span>
        <span className={styles.hintText}>点按放大</span>
      </span>
    </a>
  );
}
