/**
 * Registers the offline service worker (@docusaurus/plugin-pwa's own registration code) once the page has loaded
 * and the browser is idle, instead of while the page starts: the registration code, workbox-window and the first
 * visit's precache then never compete with the page the reader opened.
 */
if (typeof window !== 'undefined' && 'serviceWorker' in navigator) {
  const register = () => void import('@docusaurus/plugin-pwa/lib/registerSw.js');
  const whenIdle = (): void => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(register, {timeout: 5000});
    else setTimeout(register, 2000);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, {once: true});
}

export {};
