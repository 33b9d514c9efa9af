/**
 * The /search page's full-text search: Pagefind's browser module, written by the build next to the site
 * (build/pagefind/, build-tools/pagefind-index.ts) and loaded from there, not bundled.
 */

export interface PagefindSubResult {
  readonly title: string;
  readonly url: string;
  /** Text with the matched words in <mark>…</mark>; everything else escaped by Pagefind. */
  readonly excerpt: string;
}

export interface PagefindData {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: {readonly title?: string};
  readonly sub_results: readonly PagefindSubResult[];
}

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{results: ReadonlyArray<{id: string; data: () => Promise<PagefindData>}>} | null>;
}

let loading: Promise<PagefindModule> | undefined;

/** Loads Pagefind from <base URL>pagefind/pagefind.js, once; a failure may be retried. */
export function loadPagefind(baseUrl: string): Promise<PagefindModule> {
  loading ??= (import(/* webpackIgnore: true */ `${baseUrl}pagefind/pagefind.js`) as Promise<PagefindModule>).then(async (pf) => {
    // Pagefind prefixes result URLs with the base URL it is served under; ?_highlight= marks the terms on arrival.
    await pf.options({excerptLength: 40, highlightParam: '_highlight'});
    return pf;
  });
  loading.catch(() => (loading = undefined));
  return loading;
}

/** An excerpt as text runs, the marked ones flagged: rendered as React text, never as HTML. */
export function excerptParts(excerpt: string): Array<{text: string; marked: boolean}> {
  const parts: Array<{text: string; marked: boolean}> = [];
  const decode = (s: string) => s.replace(/&(lt|gt|quot|#39|#x27|amp);/g, (_m, e: string) => ({lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", amp: '&'})[e]!);
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) parts.push({text: decode(piece.replace(/<[^>]*>/g, '')), marked});
  }
  return parts;
}
