// Which Chromium the browser tests and the bench drive. Playwright cannot download its own
// browser on machines without internet, so Debian's `chromium` comes first.
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

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

/**
 * The executable for the headless page tests: Debian's `chromium-headless-shell` when it is there
 * (Chromium's old headless mode, without the full browser's window machinery), else
 * `chromiumExecutable()`. The same page tests took 84 s of wall time with it against 131 s with the
 * full browser on two cores (62 tests, run back to back, in both orders). Anything headed (the
 * screen-reader tests), and anything that measures or pictures what a viewer's browser does (the
 * bench, the screenshots), uses the full browser.
 */
export function headlessShellExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : chromiumExecutable();
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
