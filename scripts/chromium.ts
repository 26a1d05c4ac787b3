// Which Chromium the browser tests and the bench drive. Playwright cannot download its own
// browser on machines without internet, so Debian's `chromium` comes first.
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Flags that keep Chromium from phoning home (the network here refuses it, noisily). */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--autoplay-policy=no-user-gesture-required',
];

/**
 * The executable to launch: `CHROMIUM_PATH` if set, else Debian's chromium, else undefined
 * (Playwright's own browser, when `npx playwright install chromium` could fetch it).
 */
export function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return SYSTEM_CHROMIUM.find((p) => existsSync(p));
}

/** Says what to install when no browser can be found, instead of a stack trace. */
export async function assertBrowserAvailable(): Promise<void> {
  if (chromiumExecutable()) return;
  const { chromium } = await import('@playwright/test');
  if (existsSync(chromium.executablePath())) return;
  console.error(
    "No Chromium found. Install Debian's browser (apt-get install -y chromium) or Playwright's own " +
      '(npx playwright install chromium), or set CHROMIUM_PATH.',
  );
  process.exit(1);
}
