// The `screen-reader` project's test: each spec file gets a private desktop with Orca (started
// before its first test, stopped after its last), one Chromium on it with its accessibility tree
// on, and per test a fresh browser context, a `speech` reader and the desktop's `key` presser. When
// a test fails, what Orca said during it and Orca's debug log are attached to the report.
import { test as base, chromium, type Browser } from '@playwright/test';
import { copyFileSync, writeFileSync } from 'node:fs';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../scripts/chromium';
import { startDesktop, type Desktop } from './desktop';
import { Speech } from './speech';

interface ScreenReaderFixtures {
  speech: Speech;
  /** Presses keys on the display, where Orca hears them: `key('h')`, `key('KP_Add')`. */
  key: (...keys: string[]) => void;
  /** Types text on the display, a key at a time, as a viewer does. */
  type: (text: string) => void;
}

/**
 * Starts the desktop, again up to twice when a part of it fails to start: on a loaded machine,
 * while the previous file's desktop is still stopping, a new one's window manager has failed to
 * open its fresh display. Setup, not the behaviour under test: the third failure is reported.
 */
async function startDesktopWithRetry(): Promise<Desktop> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startDesktop();
    } catch (error) {
      if (attempt === 3 || String(error).includes('need Orca')) throw error;
      console.warn(
        `The Orca desktop did not start (attempt ${attempt} of 3), trying again: ${String(error)}`,
      );
    }
  }
}

/** The test function of a screen-reader spec file; call once at the top of the file. */
export function screenReaderTest() {
  let desktop: Desktop | undefined;
  let browser: Browser | undefined;
  const running = () => {
    if (!desktop || !browser) throw new Error('the Orca desktop did not start (see the beforeAll error)');
    return { desktop, browser };
  };

  const test = base.extend<ScreenReaderFixtures>({
    page: async ({ baseURL }, provide) => {
      const context = await running().browser.newContext({ baseURL, viewport: null });
      const page = await context.newPage();
      await provide(page);
      await context.close();
    },
    key: async ({}, provide) => {
      await provide(running().desktop.key);
    },
    type: async ({}, provide) => {
      await provide(running().desktop.type);
    },
    speech: async ({}, provide, testInfo) => {
      const { desktop } = running();
      const before = new Speech(desktop.speechLog).all().length;
      await provide(new Speech(desktop.speechLog));
      if (testInfo.status !== testInfo.expectedStatus) {
        // Files in the test's output folder (kept on failure), not inline bodies the list
        // reporter would cut short.
        const said = testInfo.outputPath('orca-speech.txt');
        writeFileSync(said, new Speech(desktop.speechLog).all().slice(before).join('\n'));
        await testInfo.attach('orca-speech.txt', { path: said, contentType: 'text/plain' });
        const debug = testInfo.outputPath('orca-debug.log');
        copyFileSync(desktop.debugLog, debug);
        await testInfo.attach('orca-debug.log', { path: debug, contentType: 'text/plain' });
      }
    },
  });

  test.beforeAll(async () => {
    // The stack and a headed Chromium take a few seconds; more when the machine is shared.
    test.setTimeout(90_000);
    desktop = await startDesktopWithRetry();
    browser = await chromium.launch({
      headless: false,
      executablePath: chromiumExecutable(),
      args: [
        ...CHROMIUM_ARGS,
        '--force-renderer-accessibility',
        '--window-position=0,0',
        '--window-size=1280,1000',
      ],
      env: desktop.env,
    });
  });
  test.afterAll(async () => {
    await browser?.close();
    await desktop?.stop();
  });
  return test;
}
