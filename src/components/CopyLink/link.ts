/** The site name that ends every copied link title. */
export const SITE_NAME = '云原生架构知识库';

/** The SITE_URL a build gets when none is set (config/env.ts, DEFAULT_SITE_URL; a unit test keeps them equal). */
export const DEFAULT_SITE_URL = 'http://localhost:3000';

/**
 * The origin of the links the page hands out (copied links, the "报告问题" link): the build's SITE_URL, so that a
 * link copied from a preview still points at the site; but a build that kept the default SITE_URL does not know
 * where it is served, and there the address the page is read at is the right one.
 */
export function linkOrigin(siteUrl: string, here: string | undefined = typeof window === 'undefined' ? undefined : window.location.origin): string {
  return here && siteUrl === DEFAULT_SITE_URL ? here : siteUrl;
}

/** Escapes what HTML would read as markup. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{'&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39'}[c]};`);
}

/** `<a href="https://…">标题 - 云原生架构知识库</a>`: what rich editors (Confluence, 飞书, 企业微信, 钉钉) paste as a link. */
export function htmlLink(title: string, url: string): string {
  return `<a href="${escapeHtml(url)}">${escapeHtml(`${title} - ${SITE_NAME}`)}</a>`;
}

/** Escapes the characters that would end or break a Markdown link text. */
export function escapeLinkText(text: string): string {
  return text.replace(/([\\[\]])/g, '\\$1');
}

/** `[标题 - 云原生架构知识库](https://…/docs/x#id)`: what a wiki, chat or ticket renders as a titled link. */
export function markdownLink(title: string, url: string): string {
  return `[${escapeLinkText(`${title} - ${SITE_NAME}`)}](${url.replace(/[()\s]/g, encodeURIComponent)})`;
}

/** Title of a heading link: the page title and the heading, "断路器（Circuit Breaker） › 解决方案". */
export function headingTitle(pageTitle: string, heading: string): string {
  return pageTitle && pageTitle !== heading ? `${pageTitle} › ${heading}` : heading;
}

/**
 * Copies text to the clipboard, with an HTML version for editors that paste rich text. Uses the async Clipboard API
 * where the page is a secure context, and otherwise a copy command whose event carries both versions (plain http).
 */
export async function copyText(text: string, html?: string): Promise<void> {
  if (window.isSecureContext && navigator.clipboard) {
    if (html && typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], {type: 'text/plain'}),
          'text/html': new Blob([html], {type: 'text/html'}),
        }),
      ]);
      return;
    }
    if (navigator.clipboard.writeText) {
      await navigator.clipboard.writeText(text);
      return;
    }
  }
  const onCopy = (event: ClipboardEvent) => {
    event.preventDefault();
    event.clipboardData?.setData('text/plain', text);
    if (html) event.clipboardData?.setData('text/html', html);
  };
  document.addEventListener('copy', onCopy);
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  document.removeEventListener('copy', onCopy);
  if (!ok) throw new Error('copy failed');
}
