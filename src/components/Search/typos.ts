/**
 * Typo tolerance for English names and slugs in the search box: a word of five letters or more matches a name
 * one edit away (a letter inserted, deleted, replaced, or two neighbours swapped). Pure, for the browser.
 */

/** Shortest word that tolerates a typo: below it, one edit turns too many words into each other. */
export const MIN_FUZZY_LENGTH = 5;

/** Whether a typed word is long enough, and Latin, for typo tolerance. */
export function fuzzyEligible(word: string): boolean {
  return word.length >= MIN_FUZZY_LENGTH && /^[a-z0-9-]+$/.test(word);
}

/**
 * True when `a` and `b` are at most one edit apart: insertion, deletion, substitution or transposition of two
 * adjacent letters (optimal string alignment distance ≤ 1). Linear time, no allocation.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i += 1;
  if (la === lb) {
    // One substitution, or one swap of neighbours.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // One insertion or deletion: skip a letter of the longer word.
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
