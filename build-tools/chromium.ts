import {existsSync} from 'node:fs';
import {chromium, type Browser} from 'playwright-core';

/** Debian's Chromium (apt-get install -y chromium); CHROMIUM_PATH overrides. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags every Chromium of the test suite and of the Lighthouse runs gets. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Browser tests need Debian's Chromium: ` +
        `run "apt-get update && apt-get install -y chromium fonts-noto-cjk" (or set CHROMIUM_PATH to a Chromium binary).`,
    );
  }
}

export async function launchChromium(): Promise<Browser> {
  assertChromium();
  return chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS});
}
