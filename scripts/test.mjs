// `npm test`: the whole suite, stopping at the first failure, in two phases.
// First, two lanes at once. The build lane makes the fixture titles and the production build, then
// type-checks the project and checks the shipped titles' captions (the checks lane outlasted it by
// 25 s otherwise), then runs the screen-reader journeys (Orca on a virtual display) against the
// build; they mostly wait for Orca to speak, so the checks lane (the static export, lint, Vitest) fills
// the machine meanwhile, at a lower priority, so as not to slow Orca down: beside the page tests,
// even niced, Orca's view of the page lagged (it read a closed menu after focus had left it, in
// four runs of four), beside the niced checks it did not.
// Then the page tests, alone: they fill both cores themselves.
// Each line of output is prefixed with its lane.
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
// The build lane type-checks every file (`npm run typecheck`): the builds need not do it again.
const buildEnv = { ...testEnv, TYPES_CHECKED_ELSEWHERE: '1' };
const exportEnv = { ...process.env, TYPES_CHECKED_ELSEWHERE: '1' };

/** Yields the machine to the steps beside it (scripts/lanes.mjs). */
const LOW_PRIORITY = { niceness: 10 };

const checks = [
  ['static export (out/, for the static-export browser tests)', 'npm', ['run', 'export'], exportEnv],
  ['lint', 'npm', ['run', 'lint'], process.env],
  ['unit and conformance tests (Vitest)', 'npx', ['vitest', 'run'], process.env],
].map((step) => [...step, LOW_PRIORITY]);
const builds = [
  ['test fixture titles', 'npx', ['tsx', 'scripts/make-fixtures.ts'], testEnv],
  ['production build', 'npx', ['next', 'build'], buildEnv],
  ['typecheck', 'npm', ['run', 'typecheck'], process.env],
  ['caption check of every shipped title', 'npm', ['run', 'captions:check'], process.env],
  [
    'screen-reader tests (Orca on a virtual display, one at a time; needs Debian packages, see .ci/run)',
    'npx',
    ['playwright', 'test', '--project=screen-reader'],
    testEnv,
  ],
];
const pages = [
  'browser tests (Playwright, two at a time, against the production server and the static export)',
  'npx',
  ['playwright', 'test', '--project=chromium', '--project=no-js', '--project=static-export'],
  testEnv,
];

process.on('SIGINT', () => {
  stopSteps();
  process.exit(130);
});

const started = Date.now();
const failure = await runLanes([{ checks, build: builds }, { pages: [pages] }], root);
if (failure) {
  console.error(`\n=== FAILED: ${failure.name}`);
  process.exit(failure.status || 1);
}
console.log(`\nAll test steps passed (${((Date.now() - started) / 1000).toFixed(1)} s).`);
