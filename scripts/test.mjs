// `npm test`: the whole suite, stopping at the first failure. The checks (lint, typecheck, the
// caption check, Vitest) and the builds (fixture titles, production build, static export) do not
// depend on each other, so they run as two lanes at once: the builds wait on the disk and on
// single-threaded phases often enough for the checks to fill the gaps on two cores. The browser
// tests need the builds and run last, alone: started while the checks ran, they and Vitest each
// took several times as long (Vitest 68 s alone, 284 s beside them). Each line of a lane's output
// is prefixed with its lane.
import path from 'node:path';
import { installIfNeeded } from './install-if-needed.mjs';
import { runLanes, stopSteps } from './lanes.mjs';

const root = path.resolve(import.meta.dirname, '..');
installIfNeeded(root);
// The browser tests run against a build of their own (with the test-only fixture titles), so
// `npm start`'s build in .next never carries them.
const testEnv = {
  ...process.env,
  NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? '.next-test',
  CAPTION_FIXTURES_DIR: process.env.CAPTION_FIXTURES_DIR ?? 'tests/.generated/captions',
};
// The checks lane type-checks every file (`npm run typecheck`): the builds need not do it again.
const buildEnv = { ...testEnv, TYPES_CHECKED_ELSEWHERE: '1' };
const exportEnv = { ...process.env, TYPES_CHECKED_ELSEWHERE: '1' };

const checks = [
  ['lint', 'npm', ['run', 'lint']],
  ['typecheck', 'npm', ['run', 'typecheck']],
  ['caption check of every shipped title', 'npm', ['run', 'captions:check']],
  ['unit and conformance tests (Vitest)', 'npx', ['vitest', 'run']],
];
const builds = [
  ['test fixture titles', 'npx', ['tsx', 'scripts/make-fixtures.ts'], testEnv],
  ['production build', 'npx', ['next', 'build'], buildEnv],
  ['static export (out/, for the static-export browser tests)', 'npm', ['run', 'export'], exportEnv],
];
// The page tests (two at a time), then the screen-reader tests (Orca on a virtual display, one at a
// time; needs Debian packages, see .ci/run). Run beside the page tests, Orca's view of the page
// lagged on the loaded machine (it still read a closed menu after focus had left it), so the
// journeys run alone.
const browser = [
  [
    'browser tests (Playwright against the production server and the static export)',
    'npx',
    ['playwright', 'test', '--project=chromium', '--project=no-js', '--project=static-export'],
    testEnv,
  ],
  [
    'screen-reader tests (Orca on a virtual display; needs Debian packages, see .ci/run)',
    'npx',
    ['playwright', 'test', '--project=screen-reader'],
    testEnv,
  ],
];

process.on('SIGINT', () => {
  stopSteps();
  process.exit(130);
});

const started = Date.now();
const failure = await runLanes({ checks, build: builds }, browser, root);
if (failure) {
  console.error(`\n=== FAILED: ${failure.name}`);
  process.exit(failure.status || 1);
}
console.log(`\nAll test steps passed (${((Date.now() - started) / 1000).toFixed(1)} s).`);
