/**
 * The full-screen diagram viewer: PhotoSwipe 5 (pinch and wheel zoom, drag to pan, Esc and a close button, focus kept
 * inside and returned to the figure), loaded by the figure's first tap. The browser's back button closes it too.
 */
import PhotoSwipe, {type ZoomLevelOption} from 'photoswipe';
import 'photoswipe/style.css';
import './viewer.css';

type ZoomLevel = Parameters<Extract<ZoomLevelOption, (...args: never[]) => number>>[0];

export interface Diagram {
  readonly src: string;
  readonly width: number;
  readonly height: number;
  readonly alt: string;
  /** The dialog's name: the figure's caption. */
  readonly label: string;
}

/** Natural size or larger: filling the screen up to twice the natural size; on a phone natural size, panned. */
function initialZoom(level: ZoomLevel): number {
  const area = level.panAreaSize;
  const size = level.elementSize;
  if (!area || !size) return 1;
  return Math.max(1, Math.min(2, Math.min(area.x / size.x, area.y / size.y)));
}

export function showDiagram(diagram: Diagram): void {
  const pswp = new PhotoSwipe({
    dataSource: [{src: diagram.src, width: diagram.width, height: diagram.height, alt: diagram.alt}],
    mainClass: 'kb-diagram-viewer',
    bgOpacity: 1,
    showHideAnimationType: 'fade',
    initialZoomLevel: initialZoom,
    secondaryZoomLevel: (level) => initialZoom(level) * 2,
    maxZoomLevel: (level) => initialZoom(level) * 4,
    imageClickAction: 'zoom',
    wheelToZoom: true,
    arrowPrev: false,
    arrowNext: false,
    counter: false,
    closeTitle: '关闭（Esc）',
    zoomTitle: '放大或缩小',
    errorMsg: '图片无法加载。',
  });

  // Back closes the viewer: an entry of our own in the history, whose popstate the router never sees.
  window.history.pushState(window.history.state, '');
  let closedByBack = false;
  const onBack = (event: PopStateEvent) => {
    event.stopImmediatePropagation();
    closedByBack = true;
    pswp.close();
  };
  window.addEventListener('popstate', onBack, {capture: true, once: true});
  pswp.on('close', () => {
    if (closedByBack) return;
    window.removeEventListener('popstate', onBack, {capture: true});
    window.addEventListener('popstate', (event) => event.stopImmediatePropagation(), {capture: true, once: true});
    window.history.back();
  });
  pswp.on('afterInit', () => {
    pswp.element?.setAttribute('aria-modal', 'true');
    pswp.element?.setAttribute('aria-label', diagram.label);
  });
  pswp.init();
}

/** Computed styles an SVG drawn by page CSS (classes, Infima variables) needs to look the same as an image. */
const PAINT = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline'];

/**
 * Opens an inline SVG (a React figure such as 图 1) in the viewer: a copy with the page's computed colours and fonts
 * written into it, as an image of the viewBox's size, so it looks as it does in the page in the current mode.
 */
export function showSvg(svg: SVGSVGElement, label: string): void {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const from = svg.querySelectorAll('*');
  copy.querySelectorAll('*').forEach((el, i) => {
    const style = getComputedStyle(from[i]!);
    for (const name of PAINT) (el as SVGElement).style.setProperty(name, style.getPropertyValue(name));
  });
  const {width, height} = svg.viewBox.baseVal;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  const src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`;
  showDiagram({src, width, height, alt: svg.querySelector('title')?.textContent ?? label, label});
}
