/** Site paths that several modules build, in one place. Free of data, so any page may import it. */

/** A CNCF project's row on the projects page, e.g. /docs/cloud-native/cncf-projects#kyverno. */
export function cncfProjectHref(slug: string): string {
  return `/docs/cloud-native/cncf-projects#${slug}`;
}

/** A doc's URL from its id: patterns/index → /docs/patterns, about/changelog → /docs/about/changelog. */
export function docHref(docId: string): string {
  return `/docs/${docId.replace(/(^|\/)index$/, '')}`.replace(/\/$/, '');
}
