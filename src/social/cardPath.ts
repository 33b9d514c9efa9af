/**
 * Where a doc's link-preview card lives, relative to static/ (and so to the site's base URL):
 * img/social/<doc id>.png, e.g. img/social/patterns/circuit-breaker.png. Doc ids are ASCII kebab-case
 * folders and names (tests/unit/docs.test.ts), so the path is too, and nested folders cannot collide.
 * Used by scripts/social-cards.ts (writes the PNGs) and src/theme/DocItem/Metadata (links them).
 */
export const SOCIAL_CARD_DIR = 'img/social';

export function socialCardPath(docId: string): string {
  return `${SOCIAL_CARD_DIR}/${docId}.png`;
}
