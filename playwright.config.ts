import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, headlessShellExecutable } from './scripts/chromium';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const DIST_DIR = process.env.NEXT_DIST_DIR ?? '.next';
// The static export (out/, made by `npm run export`) is served by a plain file server of its own.
const STATIC_PORT = Number(process.env.E2E_STATIC_PORT ?? PORT + 1000);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // A guard against hangs, not a speed check: axe on the watch page alone takes 4 s on an idle
  // two-core machine and several times that when the machine is shared.
  timeout: 60_000,
  forbidOnly: true,
  reporter: [['list']],
  // One output folder per build, so runs against different builds never delete each other's traces.
  outputDir: `test-results/${DIST_DIR}`,
  globalSetup: './e2e/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Recording a trace for every test cost a third of the page tests' CPU on two cores (a subset of
    // 46 tests: 145 CPU-seconds and 95 s with 'retain-on-failure', 94 and 74 s without), so none is
    // recorded; nor a screenshot, which 'only-on-failure' still takes of every page as its context
    // closes (6 % of the same subset's CPU). A failure reports the page's accessibility tree
    // (error-context.md in test-results/); rerun it with `--trace on` to step through it.
    trace: 'off',
    screenshot: 'off',
    // The headless shell when installed (.ci/run installs it): a third less wall time than the full
    // browser (scripts/chromium.ts). The screen-reader tests launch the full, headed browser.
    launchOptions: { executablePath: headlessShellExecutable(), args: CHROMIUM_ARGS },
  },
  projects: [
    {
      // A real screen reader: Orca on a private virtual desktop (e2e/orca/fixture.ts), one test at
      // a time, since each file runs a desktop and a headed Chromium of its own. Not part of a
      // plain `npx playwright test` (it needs Debian packages, see .ci/run): `npm test` runs it
      // before the page tests, in a run of its own with an output folder of its own (a run empties
      // its projects' output folders first).
      name: 'screen-reader',
      outputDir: `test-results/${DIST_DIR}-screen-reader`,
      testMatch: /e2e\/orca\/.*\.spec\.ts/,
      default: false,
      workers: 1,
      timeout: 90_000,
    },
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'] },
      testIgnore: [/(no-js|static-export)\.spec\.ts/, /e2e\/orca\//],
    },
    {
      name: 'no-js',
      use: { ...devices['Desktop Chrome'], javaScriptEnabled: false },
      testMatch: /no-js\.spec\.ts/,
    },
    {
      name: 'static-export',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${STATIC_PORT}` },
      testMatch: /static-export\.spec\.ts/,
    },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs -p ${PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // Ready when it listens (not on a URL), so runs without an export are not held up by it.
      command: `node scripts/serve-static.mjs out ${STATIC_PORT}`,
      port: STATIC_PORT,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
