/** Site paths that several modules build, in one place. Free of data, so any page may import it. */

/** A CNCF project's row on the projects page, e.g. /docs/cloud-native/cncf-projects#kyverno. */
export function cncfProjectHref(slug: string): string {
  return `/docs/cloud-native/cncf-projects#${slug}`;
}
