// `npm test`: the whole suite, in order, stopping at the first failure.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { installIfNeeded } from './install-if-needed.mjs';

const root = path.resolve(import.meta.dirname, '..');
installIfNeeded(root);
// The browser tests run against a build of their own (with the test-only fixture titles), so
// `npm start`'s build in .next never carries them.
const testEnv = {
  ...process.env,
  NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? '.next-test',
  CAPTION_FIXTURES_DIR: process.env.CAPTION_FIXTURES_DIR ?? 'tests/.generated/captions',
};

const steps = [
  ['lint', 'npm', ['run', 'lint']],
  ['typecheck', 'npm', ['run', 'typecheck']],
  ['caption check of every shipped title', 'npm', ['run', 'captions:check']],
  ['unit and conformance tests (Vitest)', 'npx', ['vitest', 'run']],
  ['test fixture titles', 'npx', ['tsx', 'scripts/make-fixtures.ts'], testEnv],
  ['production build', 'npx', ['next', 'build'], testEnv],
  ['static export (out/, for the static-export browser tests)', 'npm', ['run', 'export']],
  ['browser tests (Playwright against the production server)', 'npx', ['playwright', 'test'], testEnv],
];

for (const [name, command, args, env = process.env] of steps) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n=== FAILED: ${name} (${seconds} s)`);
    process.exit(result.status ?? 1);
  }
  console.log(`=== ok: ${name} (${seconds} s)`);
}
console.log('\nAll test steps passed.');
