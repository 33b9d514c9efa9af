import {describe, expect, it} from 'vitest';
import {fileBrowser, hydrated} from './browser';
import {siteUrl} from './site';

const browser = fileBrowser();

describe('site chrome', () => {
  it('the dark-mode toggle switches data-theme', async () => {
    const context = await browser.newContext({colorScheme: 'light'});
    const page = await context.newPage();
    await page.goto(siteUrl('docs/cloud-native'), {waitUntil: 'networkidle'});
    await hydrated(page);
    const html = page.locator('html');
    expect(await html.getAttribute('data-theme')).toBe('light');
    // The toggle cycles system → light → dark; its label is Chinese in every state.
    const toggle = page.getByRole('button', {name: /^切换浅色\/暗黑模式（当前为.+）$/});
    const seen: string[] = [];
    for (let click = 0; click < 3 && (await html.getAttribute('data-theme')) !== 'dark'; click++) {
      seen.push((await toggle.getAttribute('aria-label')) ?? '');
      await toggle.click();
    }
    expect(await html.getAttribute('data-theme')).toBe('dark');
    expect(seen.join(' ')).not.toMatch(/system mode/);
    await page.reload();
    expect(await html.getAttribute('data-theme')).toBe('dark');
    await context.close();
  });

  it('an unknown URL shows the Chinese 404 page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(siteUrl('docs/no-such-page'), {waitUntil: 'networkidle'});
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.locator('h1').innerText()).toContain('找不到页面');
    await context.close();
  });
});
