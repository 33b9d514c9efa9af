import type {ClientModule} from '@docusaurus/types';

/**
 * "本站已可离线阅读": said once, unobtrusively, when the service worker (@docusaurus/plugin-pwa, config/pwa.ts)
 * has finished caching the site on a reader's first visit. A later new version is announced by the plugin's own
 * "有可用的新版本" popup.
 */
const SEEN = 'kb-offline-ready';

function toast(text: string): void {
  const el = document.createElement('div');
  el.className = 'kb-toast alert alert--secondary';
  el.setAttribute('role', 'status');
  el.textContent = text;
  document.body.appendChild(el);
  window.setTimeout(() => el.remove(), 6000);
}

const clientModule: ClientModule = {};

if (typeof window !== 'undefined' && 'serviceWorker' in navigator && !navigator.serviceWorker.controller) {
  let seen = false;
  try {
    seen = window.localStorage.getItem(SEEN) === '1';
  } catch {
    seen = true; // No storage (private mode settings): say nothing rather than say it on every page.
  }
  if (!seen) {
    void navigator.serviceWorker.ready.then(() => {
      try {
        window.localStorage.setItem(SEEN, '1');
      } catch {
        // Nothing to remember it in.
      }
      toast('本站已可离线阅读：断网时也能打开页面和搜索。');
    });
  }
}

export default clientModule;
