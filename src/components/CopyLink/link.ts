/** The site name that ends every copied link title. */
export const SITE_NAME = '云原生架构知识库';

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

/** Copies text to the clipboard; falls back to a hidden textarea where the async Clipboard API is unavailable (plain http). */
export async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy failed');
}
