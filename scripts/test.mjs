// `npm test`: the whole suite, in order, stopping at the first failure.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const steps = [
  ['lint', 'npm', ['run', 'lint']],
  ['typecheck', 'npm', ['run', 'typecheck']],
  ['caption check of every shipped title', 'npm', ['run', 'captions:check']],
  ['unit and conformance tests (Vitest)', 'npx', ['vitest', 'run']],
  ['production build', 'npx', ['next', 'build']],
  ['browser tests (Playwright against the production server)', 'npx', ['playwright', 'test']],
];

for (const [name, command, args] of steps) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n=== FAILED: ${name} (${seconds} s)`);
    process.exit(result.status ?? 1);
  }
  console.log(`=== ok: ${name} (${seconds} s)`);
}
console.log('\nAll test steps passed.');
