/**
 * Renders static/img/social-card.png (1200×630), the site-wide og:image, with Debian's Chromium.
 * Run after changing the site's name or colours: npm run social-card
 */
import path from 'node:path';
import {readFileSync} from 'node:fs';
import {launchChromium} from '../tests/e2e/browser';

const ROOT = path.resolve(__dirname, '..');
const logo = readFileSync(path.join(ROOT, 'static/img/logo.svg'), 'utf8');

const html = `<!doctype html><html lang="zh-Hans"><meta charset="utf-8"><style>
  body{margin:0;width:1200px;height:630px;display:flex;flex-direction:column;justify-content:center;
    padding:0 90px;box-sizing:border-box;background:#0b6e4f;color:#fff;
    font-family:'Noto Sans CJK SC','Noto Sans SC',sans-serif}
  .logo{width:120px;height:120px;background:#fff;border-radius:28px;padding:14px;box-sizing:border-box}
  h1{font-size:84px;margin:40px 0 16px}
  p{font-size:34px;margin:0;opacity:.92;line-height:1.5}
</style><div class="logo">${logo}</div><h1>云原生架构知识库</h1>
<p>云原生 · 十二要素 · 云设计模式 · 容器编排 · 服务网格</p></html>`;

async function main(): Promise<void> {
  const browser = await launchChromium();
  const page = await browser.newPage({viewport: {width: 1200, height: 630}});
  await page.setContent(html);
  const out = path.join(ROOT, 'static/img/social-card.png');
  await page.screenshot({path: out});
  await browser.close();
  console.log(`wrote ${path.relative(ROOT, out)}`);
}

void main();
