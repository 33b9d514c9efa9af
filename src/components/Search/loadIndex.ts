import type {SuggestIndex} from './suggest';

let index: Promise<SuggestIndex> | undefined;

/** The suggestion index (@generated/search-suggest), fetched as its own chunk the first time anyone asks. */
export function loadSuggestIndex(): Promise<SuggestIndex> {
  index ??= import('@generated/search-suggest/default/index.json').then((m) => (m.default ?? m) as unknown as SuggestIndex);
  index.catch(() => (index = undefined));
  return index;
}

/** A site path with ?_highlight= terms before its #anchor, so the target page marks them. */
export function withHighlight(url: string, query: string): string {
  const terms = query.trim();
  if (!terms) return url;
  const [path, hash] = url.split('#', 2) as [string, string | undefined];
  const joiner = path.includes('?') ? '&' : '?';
  return `${path}${joiner}_highlight=${encodeURIComponent(terms)}${hash === undefined ? '' : `#${hash}`}`;
}
