/** The 404 page's suggestions: the pages whose URL or title is closest to the requested path. Pure, shared with tests. */

export interface PageRef {
  /** Site path with the base URL, as Docusaurus gives it: /docs/patterns/circuit-breaker */
  readonly path: string;
  readonly title: string;
}

const CJK = /[\u3400-\u9fff]/;

/** Levenshtein distance between two strings (insertions, deletions and substitutions cost 1). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** A path without base URL, `.html`, trailing slash, query and fragment, decoded and lower-cased: docs/patterns/retry */
export function normalizePath(path: string, baseUrl = '/'): string {
  let p = path.split(/[?#]/)[0] ?? '';
  try {
    p = decodeURIComponent(p);
  } catch {
    // a malformed escape stays as it is
  }
  p = p.toLowerCase();
  const base = baseUrl.toLowerCase();
  if (p.startsWith(base)) p = p.slice(base.length);
  return p
    .replace(/\.html?$/, '')
    .replace(/\/index$/, '')
    .replace(/^\/+|\/+$/g, '');
}

/** 0 for a perfect match, up to 1 for nothing in common: the edit distance relative to the longer string. */
function relative(a: string, b: string): number {
  return a || b ? editDistance(a, b) / Math.max(a.length, b.length) : 0;
}

/**
 * Up to `limit` pages closest to the requested path: by the edit distance of its last segment to each page's slug
 * (a typo in a pattern name finds the pattern wherever it was looked for), of the whole path to the page's path,
 * and, for a path in Chinese, of the words to the page's title.
 */
export function suggestPages(requested: string, pages: readonly PageRef[], baseUrl = '/', limit = 5): PageRef[] {
  const want = normalizePath(requested, baseUrl);
  const wantLast = want.split('/').pop() ?? '';
  if (!want) return [];
  const scored = pages.map((page) => {
    const path = normalizePath(page.path, baseUrl);
    const slug = path.split('/').pop() ?? '';
    const scores = [relative(wantLast, slug), relative(want, path)];
    // A slug that starts with what was typed (docs/patterns/circuit → circuit-breaker) is nearly a match.
    if (wantLast.length >= 4 && slug.startsWith(wantLast)) scores.push(0.1 + 0.2 * (1 - wantLast.length / slug.length));
    if (CJK.test(wantLast)) {
      const title = page.title.toLowerCase();
      scores.push(title.includes(wantLast) ? 0.05 : relative(wantLast.replace(/[-_\s]+/g, ''), title));
    }
    return {page, score: Math.min(...scores), tie: editDistance(want, path)};
  });
  return scored
    .sort((a, b) => a.score - b.score || a.tie - b.tie)
    .slice(0, limit)
    .map((s) => s.page);
}

/** Words for the search box from a path: docs/patterns/circuit-braker → "circuit braker". */
export function searchWords(requested: string, baseUrl = '/'): string {
  const last = normalizePath(requested, baseUrl).split('/').pop() ?? '';
  return last.replace(/[-_.]+/g, ' ').trim().slice(0, 100);
}
