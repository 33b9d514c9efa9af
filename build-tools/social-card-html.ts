import {readFileSync} from 'node:fs';
import path from 'node:path';

/**
 * The HTML that scripts/social-cards.ts screenshots. Bump DESIGN_VERSION whenever this file changes what a
 * card looks like: the version is part of every card's hash, so tests/unit/social-cards.test.ts then reports
 * all cards as stale until they are rendered again.
 */
export const DESIGN_VERSION = 2;

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const SITE_NAME = '云原生架构知识库';
const TOPICS = '云原生 · 十二要素 · 云设计模式 · 容器编排 · 服务网格';
const GREEN = '#0b6e4f';
const logo = readFileSync(path.resolve(__dirname, '../static/img/logo.svg'), 'utf8');

const FONT = `font-family:'Noto Sans CJK SC','Noto Sans SC',sans-serif`;

/** The site-wide card: logo, site name, topics. */
export const siteCardHtml = `<!doctype html><html lang="zh-Hans"><meta charset="utf-8"><style>
  body{margin:0;width:${CARD_WIDTH}px;height:${CARD_HEIGHT}px;display:flex;flex-direction:column;justify-content:center;
    padding:0 90px;box-sizing:border-box;background:${GREEN};color:#fff;${FONT}}
  .logo{width:120px;height:120px;background:#fff;border-radius:28px;padding:14px;box-sizing:border-box}
  h1{font-size:84px;margin:40px 0 16px}
  p{font-size:34px;margin:0;opacity:.92;line-height:1.5}
</style><div class="logo">${logo}</div><h1>${SITE_NAME}</h1>
<p>${TOPICS}</p></html>`;

/**
 * A page's card: site name small at the top, chapter label, the title large (a trailing English name in
 * full-width brackets, as in 断路器（Circuit Breaker）, goes on its own smaller line), topics at the bottom.
 * window.renderCard fills it in and shrinks the title until it fits in three lines.
 */
export const pageCardHtml = `<!doctype html><html lang="zh-Hans"><meta charset="utf-8"><style>
  *{box-sizing:border-box}
  body{margin:0;width:${CARD_WIDTH}px;height:${CARD_HEIGHT}px;overflow:hidden;position:relative;
    display:flex;flex-direction:column;padding:56px 80px 52px;background:${GREEN};color:#fff;${FONT}}
  header{display:flex;align-items:center;gap:20px;font-size:32px;font-weight:700;letter-spacing:.04em}
  .logo{width:64px;height:64px;background:#fff;border-radius:16px;padding:7px}
  .logo svg{display:block;width:100%;height:100%}
  main{position:relative;z-index:1;flex:1;display:flex;flex-direction:column;justify-content:center;padding-right:60px}
  .chapter{align-self:flex-start;font-size:30px;font-weight:700;line-height:1;color:${GREEN};background:#fff;
    border-radius:999px;padding:12px 28px;margin-bottom:30px}
  h1{margin:0;font-weight:700;line-height:1.22;text-wrap:balance;text-spacing-trim:trim-start;word-break:keep-all;overflow-wrap:anywhere}
  h1 .zh{display:block}
  h1 .en{display:block;font-size:.56em;font-weight:400;line-height:1.3;margin-top:.3em;color:#cfe8de}
  footer{font-size:26px;color:#cfe8de;border-top:2px solid #3d8b72;padding-top:22px}
  .mark{position:absolute;z-index:0;right:-70px;top:150px;width:360px;height:360px}
</style>
<svg class="mark" viewBox="0 0 64 64" aria-hidden="true"><path d="M32 3 57 17.5v29L32 61 7 46.5v-29z" fill="none" stroke="#0e7a58" stroke-width="5"/></svg>
<header><div class="logo">${logo}</div><span>${SITE_NAME}</span></header>
<main><div class="chapter" id="chapter"></div><h1 id="title"><span class="zh" id="zh"></span><span class="en" id="en"></span></h1></main>
<footer>${TOPICS}</footer>
<script>
  // Chinese has no spaces and Chromium would break a line inside a word (项|目). Break only between the words
  // of Intl.Segmenter (ICU's dictionary): word-break keep-all, plus a <wbr> before each word, except right after
  // an opening bracket; punctuation never gets one, so it does not start a line.
  const segmenter = new Intl.Segmenter('zh', {granularity: 'word'});
  function setPhrases(el, text) {
    el.replaceChildren();
    let previous = '';
    for (const {segment, isWordLike} of segmenter.segment(text)) {
      if (isWordLike && previous && !/[（《“‘(\\[]$/.test(previous)) el.append(document.createElement('wbr'));
      el.append(segment);
      previous = segment;
    }
  }

  // Largest font size (88 -> 48 px) at which the title fits: main title in at most 3 lines, whole block in
  // <main>. If it does not fit even at 48 px, the end of the title is cut and marked with an ellipsis.
  window.renderCard = function (main, english, chapter) {
    const label = document.getElementById('chapter');
    const h1 = document.getElementById('title');
    const zh = document.getElementById('zh');
    const en = document.getElementById('en');
    label.textContent = chapter;
    setPhrases(zh, main);
    en.textContent = english;
    en.style.display = english ? 'block' : 'none';
    const maxHeight = document.querySelector('main').clientHeight - label.offsetHeight - 30;
    const lines = () => Math.round(zh.offsetHeight / parseFloat(getComputedStyle(zh).lineHeight));
    const fits = () => lines() <= 3 && h1.scrollHeight <= maxHeight && h1.scrollWidth <= h1.clientWidth;
    let size = 88;
    for (; size > 48; size -= 2) {
      h1.style.fontSize = size + 'px';
      if (fits()) break;
    }
    h1.style.fontSize = size + 'px';
    let truncated = false;
    const cut = (el, text, done) => {
      const chars = Array.from(text);
      while (!done() && chars.length > 1) {
        chars.pop();
        setPhrases(el, chars.join('').replace(/[\\s\\p{P}]+$/u, '') + '…');
        truncated = true;
      }
    };
    cut(zh, main, () => lines() <= 3);
    cut(en, english, fits);
    cut(zh, zh.textContent.replace(/…$/, ''), fits);
    return {size, truncated};
  };
</script></html>`;

/** 断路器（Circuit Breaker） -> ['断路器', 'Circuit Breaker']; other titles stay whole. */
export function splitTitle(title: string): [main: string, english: string] {
  const match = /^(.+?)（([\x20-\x7e]+)）$/.exec(title);
  return match ? [match[1]!, match[2]!] : [title, ''];
}

