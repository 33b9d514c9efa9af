/**
 * Runs inside the service worker of @docusaurus/plugin-pwa (config/pwa.ts). Plain JavaScript: the plugin compiles
 * its service worker code with Babel from .js files only.
 *
 * Diagrams are not precached (the first visit downloads HTML, CSS, JS and the search indexes only); a diagram a
 * reader has seen is kept here, so it shows again offline.
 */
const DIAGRAMS = 'kb-diagrams-v1';

export default function swCustom() {
  self.addEventListener('fetch', (event) => {
    const url = new URL(event.request.url);
    if (event.request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.includes('/diagrams/')) return;
    event.respondWith(
      caches.open(DIAGRAMS).then(async (cache) => {
        const cached = await cache.match(event.request);
        const fresh = fetch(event.request).then((response) => {
          if (response.ok) void cache.put(event.request, response.clone());
          return response;
        });
        if (cached) {
          fresh.catch(() => undefined);
          return cached;
        }
        return fresh;
      }),
    );
  });
}
